using NodaTime;

namespace SecChange.Domain.Releases;

/// <summary>
/// Which release an approval targets (seed 004): the first scheduled release that can carry the change
/// and whose decision deadline (release date minus the DCC's lead time) the decision meets.
/// </summary>
/// <remarks>
/// With MP105's lead time of 9 months (3 to the end of PIT, 6 for SIT, UIT and implementation) and
/// DUIS impact, approval on or before 4 Feb 2021 targets 4 Nov 2021, and by 3 Feb 2022, 3 Nov 2022.
/// </remarks>
public static class ImplementationDateRule
{
    /// <summary>The longest lead time a modification may state: ten years covers any real DCC plan.</summary>
    public const int MaxLeadTimeMonths = 120;

    /// <summary>Refuses a lead time outside 0 to <see cref="MaxLeadTimeMonths"/> months.</summary>
    public static int CheckLeadTime(int months) =>
        months is >= 0 and <= MaxLeadTimeMonths
            ? months
            : throw Errors.DomainException.Invalid($"A lead time is 0 to {MaxLeadTimeMonths} months, not {months}.");

    /// <summary>The last decision date that still makes <paramref name="release"/>.</summary>
    public static LocalDate DecisionDeadline(Release release, int leadTimeMonths) => release.Date.PlusMonths(-leadTimeMonths);

    public static Release? TargetRelease(
        LocalDate decisionOn, int leadTimeMonths, bool dccSystemImpact, bool duisImpact, IEnumerable<Release> releases) =>
        Options(decisionOn, leadTimeMonths, dccSystemImpact, duisImpact, releases).FirstOrDefault()?.Release;

    /// <summary>
    /// Every scheduled release that can carry the change and that a decision on <paramref name="decisionOn"/> still
    /// makes, earliest first, each with its decision deadline (a Modification Report sets out the first two).
    /// </summary>
    public static IEnumerable<ReleaseOption> Options(
        LocalDate decisionOn, int leadTimeMonths, bool dccSystemImpact, bool duisImpact, IEnumerable<Release> releases) =>
        releases
            .Where(r => r.Kind == ReleaseKind.Scheduled)
            .Where(r => (!dccSystemImpact || r.AcceptsDccSystemChanges) && (!duisImpact || r.AcceptsDuisChanges))
            .Select(r => new ReleaseOption(r, DecisionDeadline(r, leadTimeMonths)))
            .Where(o => decisionOn <= o.DecisionDeadline)
            .OrderBy(o => o.Release.Date);
}

/// <summary>A scheduled release an approval could still make, and the last decision date that makes it.</summary>
public sealed record ReleaseOption(Release Release, LocalDate DecisionDeadline);
