using NodaTime;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.StatusReport;

/// <summary>
/// The content of the Change Status Report (the monthly report SECAS gives the Panel) for the register as it
/// stood at the end of <see cref="AsAt"/>, holding only what its reader may see. Document layouts (Word, PDF,
/// web, Markdown) are drawn from this one record.
/// </summary>
public sealed record ChangeStatusReport(
    LocalDate AsAt,
    ReportPeriods Periods,
    Classification Classification,
    RegisterState Source,
    IReadOnlyList<StageCount> Stages,
    IReadOnlyList<ModificationLine> RecommendedForRefinement,
    IReadOnlyList<ModificationLine> RecommendedForReportPhase,
    IReadOnlyList<DecisionLine> Approved,
    DefineSection Define,
    RefineSection Refine,
    AssessmentTimescales Assessments,
    OpineSection Opine,
    ReleaseSection Releases,
    IReadOnlyList<string> Notes);

/// <summary>
/// The report's two windows: "since the last report" (the month to the as-at date) and "the last twelve months"
/// (the year to it); both end on the as-at date and include it.
/// </summary>
public sealed record ReportPeriods(LocalDate MonthFrom, LocalDate YearFrom, LocalDate To)
{
    public static ReportPeriods EndingOn(LocalDate asAt) => new(asAt.PlusMonths(-1).PlusDays(1), asAt.PlusYears(-1).PlusDays(1), asAt);

    public bool InMonth(LocalDate date) => date >= MonthFrom && date <= To;

    public bool InYear(LocalDate date) => date >= YearFrom && date <= To;
}

/// <summary>The register state a report was generated from: the latest event it counts (by date) and the last time anything it counts was recorded.</summary>
public sealed record RegisterState(LocalDate AsAt, string? LastEventReference, LocalDate? LastEventOn, Instant? LastRecordedAt, int Modifications);

/// <summary>One bar of the summary chart: open proposals in a stage.</summary>
public sealed record StageCount(Stage Stage, string Name, int Count);

/// <summary>A modification as the report names it: "MP105 'Title'".</summary>
public sealed record ModificationLine(string Reference, string Title);

/// <summary>A decision (or a Change Board recommendation) taken in the month.</summary>
public sealed record DecisionLine(ModificationLine Modification, LocalDate On, DecidingBody Body, DecisionOutcome Outcome, bool IsFinal,
    bool IsSelfGovernance, ReleaseLine? Release, DecidingBody? ChallengedTo);

/// <summary>A release a modification is approved for or implemented in.</summary>
public sealed record ReleaseLine(string Id, string Name, LocalDate Date, ReleaseKind Kind);

public sealed record DefineSection(IReadOnlyList<NewDraftProposal> NewDraftProposals, IReadOnlyList<CscDecisionLine> CscDecisions);

/// <summary>A Draft Proposal raised in the month, with its Proposer and problem statement (and where it stands now, e.g. already implemented).</summary>
public sealed record NewDraftProposal(ModificationLine Modification, string? ProposerName, string? ProposerOrganisation, LocalDate RaisedOn,
    string? Summary, ModificationState State, LocalDate? ImplementedOn);

public sealed record CscDecisionLine(ModificationLine Modification, LocalDate On, CscOutcome Outcome, ModificationRoute RecommendedRoute, string? Meeting);

public sealed record RefineSection(
    WorkingGroupMeetingLine? LastMonthlyMeeting,
    WorkingGroupMeetingLine? NextMonthlyMeeting,
    IReadOnlyList<AdHocMeetingLine> AdHocMeetings,
    IReadOnlyList<ConsultationLine> RefinementConsultationsOpen,
    IReadOnlyList<ExpectedConsultationLine> RefinementConsultationsExpected,
    IReadOnlyList<DatedLine> ImpactAssessmentsApproved,
    IReadOnlyList<DatedLine> ImpactAssessmentsDeferred);

/// <summary>A monthly Working Group meeting and the modifications it took (held) or has on its agenda (next).</summary>
public sealed record WorkingGroupMeetingLine(LocalDate On, string? MeetingId, IReadOnlyList<ModificationLine> Modifications, LocalDate? NextMeetingOn);

public sealed record AdHocMeetingLine(LocalDate On, ModificationLine Modification, string? Summary);

public sealed record ConsultationLine(ModificationLine Modification, LocalDate OpenedOn, LocalDate Closes);

public sealed record ExpectedConsultationLine(ModificationLine Modification, LocalDate WeekCommencing);

/// <summary>A modification with the day something happened to it (an Impact Assessment request approved or deferred).</summary>
public sealed record DatedLine(ModificationLine Modification, LocalDate On);

/// <summary>DCC assessments over the twelve months to the date, durations in Working Days.</summary>
public sealed record AssessmentTimescales(IReadOnlyList<TimescaleRow> Summary, IReadOnlyList<OpenAssessmentLine> Open, IReadOnlyList<ReturnedAssessmentLine> Returned);

/// <summary>
/// One line of a timescale table: how many, and their average duration in Working Days over those whose
/// duration is known (<see cref="WithDuration"/>; history entered from documents may lack a start date).
/// </summary>
public sealed record TimescaleRow(string Label, int Total, int? AverageWorkingDays, int WithDuration);

public sealed record OpenAssessmentLine(string Reference, AssessmentKind Kind, LocalDate AcceptedOn, int TargetWorkingDays, int? CurrentWorkingDays);

public sealed record ReturnedAssessmentLine(string Reference, AssessmentKind Kind, LocalDate ReturnedOn, int TargetWorkingDays, int? ActualWorkingDays);

public sealed record OpineSection(
    IReadOnlyList<ConsultationLine> ReportConsultationsOpen,
    IReadOnlyList<ExpectedConsultationLine> ReportConsultationsExpected,
    IReadOnlyList<DecisionLine> ChangeBoardVotes,
    IReadOnlyList<DecisionLine> AuthorityDecisions,
    IReadOnlyList<ModificationLine> WithTheAuthority,
    IReadOnlyList<TimescaleRow> ProposalTimescales);

public sealed record ReleaseSection(IReadOnlyList<ImplementedLine> Implemented, ReleaseLine? NextScheduled, IReadOnlyList<ReleaseModificationLine> ApprovedForNext);

public sealed record ImplementedLine(ModificationLine Modification, ReleaseLine Release, LocalDate On, string? Part);

public sealed record ReleaseModificationLine(ModificationLine Modification, string? Part);
