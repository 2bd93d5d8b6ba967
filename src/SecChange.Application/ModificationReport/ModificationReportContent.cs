using NodaTime;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.ModificationReport;

/// <summary>
/// What a Modification Report (seed 004) is drawn from, for one reader and as the register stood at the end of
/// <see cref="AsAt"/>: the modification as that reader may see it, its progression timetable, and the release
/// options the implementation approach sets out. Document layouts are drawn from this one record.
/// </summary>
public sealed record ModificationReportContent(
    ModificationView Modification,
    LocalDate AsAt,
    IReadOnlyList<TimetableEntry> Timetable,
    IReadOnlyList<ReleaseOption> ReleaseOptions,
    IReadOnlyList<Release> Releases,
    int LeadTimeMonths,
    string SecasMailbox);
