using System.Diagnostics;
using NodaTime;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Comparison;

/// <summary>One side of a comparison: the rule set and what the campaign did under it.</summary>
/// <param name="RuleSetId">The rule set's id (e.g. <c>MP105</c> or <c>baseline</c>).</param>
/// <param name="RuleSetName">Its name (e.g. "With release 2021-11").</param>
/// <param name="Modifications">The register references whose behaviours it includes.</param>
/// <param name="Services">Per Service Request Variant and Device type.</param>
/// <param name="DeviceTypes">Per Device type, where the Devices ended.</param>
public sealed record ComparisonSide(
    string RuleSetId,
    string RuleSetName,
    IReadOnlyList<string> Modifications,
    IReadOnlyList<ServiceTally> Services,
    IReadOnlyList<DeviceTypeOutcome> DeviceTypes);

/// <summary>A Service Request Variant and Device type whose counts differ between the two runs.</summary>
public sealed record ServiceChange(string Variant, string Name, DeviceType DeviceType, ServiceTally? Before, ServiceTally? After);

/// <summary>A Device type whose end state differs between the two runs.</summary>
public sealed record DeviceTypeChange(DeviceType DeviceType, DeviceTypeOutcome Before, DeviceTypeOutcome After);

/// <summary>The same fleet and campaign run without and with some modifications' behaviour.</summary>
/// <param name="Fleet">What the fleet was, in words.</param>
/// <param name="Campaign">The campaign's settings.</param>
/// <param name="Before">The run without.</param>
/// <param name="After">The run with.</param>
/// <param name="ElapsedSeconds">Time both runs took.</param>
public sealed record FleetComparisonReport(string Fleet, CampaignSettings Campaign, ComparisonSide Before, ComparisonSide After, double ElapsedSeconds)
{
    /// <summary>Every Service Request Variant and Device type whose counts changed, in the order sent.</summary>
    public IReadOnlyList<ServiceChange> Changes { get; } = Diff(Before, After);

    /// <summary>Device types whose end state changed.</summary>
    public IReadOnlyList<DeviceTypeChange> DeviceTypeChanges { get; } =
        [.. Before.DeviceTypes.Join(After.DeviceTypes, b => b.DeviceType, a => a.DeviceType, (b, a) => new DeviceTypeChange(b.DeviceType, b, a))
            .Where(c => c.Before != c.After)];

    private static List<ServiceChange> Diff(ComparisonSide before, ComparisonSide after)
    {
        var keys = before.Services.Concat(after.Services).Select(s => (s.Variant, s.Name, s.DeviceType)).Distinct()
            .OrderBy(k => ComparisonCounter.SortKey(k.Variant), StringComparer.Ordinal).ThenBy(k => k.DeviceType);
        var changes = new List<ServiceChange>();
        foreach (var (variant, name, type) in keys)
        {
            var b = before.Services.FirstOrDefault(s => s.Variant == variant && s.DeviceType == type);
            var a = after.Services.FirstOrDefault(s => s.Variant == variant && s.DeviceType == type);
            if (b is null || a is null || !b.SameCounts(a))
            {
                changes.Add(new ServiceChange(variant, name, type, b, a));
            }
        }

        return changes;
    }
}

/// <summary>Runs the same fleet and campaign under two rule sets, each from a fresh copy of the fleet.</summary>
public static class FleetComparison
{
    /// <summary>Runs the campaign over the fleet without (<paramref name="before"/>) and with (<paramref name="after"/>).</summary>
    public static FleetComparisonReport Run(ComparisonFleet fleet, CampaignSettings settings, RuleSet before, RuleSet after, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        settings = (settings ?? new CampaignSettings()).Validated();
        var watch = Stopwatch.StartNew();
        var sides = new[] { before, after }.Select(rules =>
        {
            var counted = ComparisonCounter.Run(fleet.Build(rules, clock, settings.DeviceOptions), settings);
            return new ComparisonSide(rules.Id, rules.Name, [.. rules.Modifications.Select(m => m.Reference)], counted.Services, counted.DeviceTypes);
        }).ToList();
        return new FleetComparisonReport(fleet.Description, settings, sides[0], sides[1], watch.Elapsed.TotalSeconds);
    }
}
