using NodaTime;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Calendar;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.AsAt;

/// <summary>
/// The register's modifications as they stood at the end of a day, and the lists drawn from them. Pure:
/// it is given the modifications as they are now and cuts each at the day (see <see cref="Modification.AsAt"/>).
/// </summary>
public sealed class RegisterSnapshot
{
    private RegisterSnapshot(LocalDate asAt, IReadOnlyList<Modification> modifications)
    {
        AsAt = asAt;
        Modifications = modifications;
    }

    public LocalDate AsAt { get; }

    /// <summary>Those that existed at the end of the day, as they stood then, in reference order.</summary>
    public IReadOnlyList<Modification> Modifications { get; }

    public static RegisterSnapshot Of(IEnumerable<Modification> current, LocalDate asAt) =>
        new(asAt, current.Select(m => m.AsAt(asAt)).OfType<Modification>().OrderBy(m => m.Id).ToList());

    /// <summary>The register list, filtered as the current list is.</summary>
    public IReadOnlyList<ModificationSummary> List(RegisterFilter filter)
    {
        var rows = Modifications.Where(filter.Matches).Select(ModificationSummary.Of);
        return (filter.Limit is { } limit ? rows.Take(limit) : rows).ToList();
    }

    /// <summary>
    /// Every assessment, as the Change Status Report lists them: open ones first, then returned ones,
    /// oldest first; durations in Working Days to the day.
    /// </summary>
    public IReadOnlyList<AssessmentRow> Assessments(bool openOnly, WorkingDayCalendar calendar) =>
        Modifications
            .SelectMany(m => m.Assessments.Select(a => new AssessmentRow(m.Reference, ModificationView.Assess(a, calendar, AsAt))))
            .Where(r => !openOnly || r.Assessment.ReturnedOn is null)
            .OrderBy(r => r.Assessment.ReturnedOn is null ? 0 : 1)
            .ThenBy(r => r.Assessment.ReturnedOn ?? r.Assessment.AcceptedOn ?? r.Assessment.RequestedOn)
            .ToList();

    /// <summary>Each release's progress and the modifications in it.</summary>
    public IReadOnlyList<ReleaseAsAt> Releases(IEnumerable<Release> releases) =>
        releases.Select(r => ReleaseAsAt.Of(r, Modifications, AsAt)).ToList();
}
