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
        releases
            .Where(r => r.Kind == ReleaseKind.Scheduled)
            .Where(r => (!dccSystemImpact || r.AcceptsDccSystemChanges) && (!duisImpact || r.AcceptsDuisChanges))
            .Where(r => decisionOn <= DecisionDeadline(r, leadTimeMonths))
            .OrderBy(r => r.Date)
            .FirstOrDefault();
}
