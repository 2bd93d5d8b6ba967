using System.Globalization;
using SecChange.Application.AsAt;
using SecChange.Dcc.Comparison;

namespace SecChange.Application.Dcc;

/// <summary>A comparison in words, the same for every host: what was compared, and each count as "without → with".</summary>
public static class ComparisonWords
{
    /// <summary>What was compared: the release and what it brings, the two rule sets, the fleet and the campaign.</summary>
    public static IEnumerable<string> Heading(DccRuleSets ruleSets, FleetComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        ArgumentNullException.ThrowIfNull(report);
        if (ruleSets.Release is { } release)
        {
            yield return $"Release {release.Id} ({release.Name}, {release.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}): " +
                (ruleSets.Modification is not null ? $"only {Listed(ruleSets.Included)}."
                    : ruleSets.Included.Count == 0 ? "no modification with DCC System behaviour is approved for or implemented in it."
                    : $"DCC System behaviour of {Listed(ruleSets.Included)}.");
        }
        else
        {
            yield return $"{ruleSets.Modification} is in no release: compared on top of every release's approved modifications.";
        }

        if (ruleSets.NotIncluded.Count > 0)
        {
            yield return $"Not included (targeted, not yet approved): {Listed(ruleSets.NotIncluded)}; a comparison for one modification runs it alone.";
        }

        yield return $"{report.Before.RuleSetName}: {Names(report.Before.Modifications)}. {report.After.RuleSetName}: {Names(report.After.Modifications)}.";
        var c = report.Campaign;
        yield return $"Fleet: {report.Fleet}. Campaign: firmware {c.OldFirmware} leaves the CPL and {c.NewFirmware} is installed, " +
            $"{(c.LossRate * 100).ToString("0.##", CultureInfo.InvariantCulture)}% of Device responses lost (seed {c.Seed}), " +
            $"{c.ActivationRetries} SR 11.3 retr{(c.ActivationRetries == 1 ? "y" : "ies")}.";
    }

    /// <summary>A count, with thousands separators.</summary>
    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Rejections by code ("E5 12, E11 2"), or "-".</summary>
    public static string Rejections(ServiceTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return tally.Rejected.Count == 0 ? "-" : string.Join(", ", tally.Rejected.Select(kv => $"{kv.Key} {Count(kv.Value)}"));
    }

    /// <summary>One value of a changed row: "a" when the same, "a → b" when it changed ("-" where a run sent none).</summary>
    public static string Change(ServiceChange change, Func<ServiceTally, string> value)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(value);
        return Pair(change.Before is null ? "-" : value(change.Before), change.After is null ? "-" : value(change.After));
    }

    /// <summary>"a" when the same, "a → b" otherwise.</summary>
    public static string Pair(string before, string after) => before == after ? before : $"{before} → {after}";

    private static string Listed(IEnumerable<ReleaseContent> contents) =>
        string.Join(", ", contents.Select(c => $"{c.Reference} ({c.Status.ToString().ToLowerInvariant()})"));

    private static string Names(IReadOnlyList<string> modifications) =>
        modifications.Count == 0 ? "baseline" : "baseline + " + string.Join(", ", modifications);
}
