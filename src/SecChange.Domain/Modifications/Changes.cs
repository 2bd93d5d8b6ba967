using NodaTime;
using SecChange.Domain.Consultations;
using SecChange.Domain.Parties;
using SecChange.Domain.Voting;

namespace SecChange.Domain.Modifications;

/// <summary>What a step changes. Each concrete record is both the request to take the step and, once the
/// process has accepted it, the content of the recorded event.</summary>
public abstract record ModificationChange
{
    /// <summary>A short past-tense description for timelines.</summary>
    public abstract string Describe();
}

/// <summary>A Draft Proposal is raised (the first event of a new modification).</summary>
public sealed record DraftProposalRaised(
    string Title,
    string ProposerName,
    string? ProposerOrganisation,
    string? ProblemStatement,
    Classification Classification,
    bool RaisedByPanel = false) : ModificationChange
{
    public override string Describe() => $"Draft Proposal raised by {ProposerName}{(ProposerOrganisation is null ? "" : $" ({ProposerOrganisation})")}";
}

/// <summary>
/// A modification known only from a published report is entered as it stood on the event's date
/// (its first event). Nothing earlier is invented: unknown dates stay unknown, so <see cref="RaisedOn"/>
/// is given only when the document states the day it was raised.
/// </summary>
public sealed record HistoryBaselined(
    string Title,
    ModificationState State,
    string Source,
    ModificationPath Path = ModificationPath.None,
    string? ProposerName = null,
    string? ProposerOrganisation = null,
    Classification Classification = Classification.White,
    bool ModificationReportApproved = false,
    bool ModificationReportConsultationClosed = false,
    LocalDate? RaisedOn = null) : ModificationChange
{
    public override string Describe() => $"Entered from history as {State} (source: {Source})";
}

/// <summary>
/// A later published record shows a modification entered from history in a new state, where the date
/// of the step that moved it is not known (e.g. converted some time before a report lists it in
/// Refinement). Only for modifications entered from history; the event's date is the record's date.
/// </summary>
public sealed record HistoryObserved(
    ModificationState State,
    string Source,
    ModificationPath Path = ModificationPath.None,
    bool ModificationReportApproved = false,
    bool ModificationReportConsultationClosed = false) : ModificationChange
{
    public override string Describe() => $"Shown as {State} by {Source}";
}

/// <summary>
/// An alternative solution (e.g. MP102A) is raised as a record of its own, linked to its parent; it starts
/// on its parent's Path and route, since it is refined and voted on alongside it.
/// </summary>
public sealed record AlternativeRaised(
    ModificationId Parent,
    string Title,
    string ProposerName,
    string? ProposerOrganisation,
    ModificationPath Path = ModificationPath.None,
    ModificationRoute Route = ModificationRoute.RefinementProcess) : ModificationChange
{
    public override string Describe() => $"Raised as an alternative to {Parent}";
}

/// <summary>Recorded on the parent when an alternative is raised.</summary>
public sealed record AlternativeLinked(ModificationId Alternative) : ModificationChange
{
    public override string Describe() => $"Alternative {Alternative} raised";
}

/// <summary>Descriptive fields are amended; null fields are left as they were.</summary>
public sealed record DetailsAmended : ModificationChange
{
    public string? Title { get; init; }
    public string? ProblemStatement { get; init; }
    public string? Solution { get; init; }
    public string? LeadAnalyst { get; init; }
    public IReadOnlyList<SecObjective>? Objectives { get; init; }
    public IReadOnlyList<string>? AffectedDocuments { get; init; }
    public IReadOnlyList<PartyCategory>? ImpactedCategories { get; init; }
    public IReadOnlyList<string>? Irps { get; init; }
    public bool? DccSystemImpact { get; init; }
    public bool? DuisImpact { get; init; }
    public int? LeadTimeMonths { get; init; }
    public CostEstimate? Costs { get; init; }

    /// <summary>The DCC Service Providers the change impacts (DSP, CSP North, ...).</summary>
    public IReadOnlyList<string>? ServiceProviders { get; init; }

    /// <summary>The DCC test phases the change needs (PIT, SIT, UIT).</summary>
    public IReadOnlyList<string>? TestPhases { get; init; }

    /// <summary>Sections of the Modification Report's text; each replaces that section, an empty text removes it.</summary>
    public IReadOnlyList<ReportText>? ReportText { get; init; }

    public override string Describe()
    {
        var fields = new List<string>();
        if (Title is not null) fields.Add("title");
        if (ProblemStatement is not null) fields.Add("problem statement");
        if (Solution is not null) fields.Add("solution");
        if (LeadAnalyst is not null) fields.Add("lead analyst");
        if (Objectives is not null) fields.Add("SEC Objectives");
        if (AffectedDocuments is not null) fields.Add("affected SEC documents");
        if (ImpactedCategories is not null) fields.Add("impacted party categories");
        if (Irps is not null) fields.Add("IRPs");
        if (DccSystemImpact is not null || DuisImpact is not null) fields.Add("DCC impacts");
        if (LeadTimeMonths is not null) fields.Add("lead time");
        if (Costs is not null) fields.Add("costs");
        if (ServiceProviders is not null || TestPhases is not null) fields.Add("DCC Service Providers and testing");
        if (ReportText is { Count: > 0 }) fields.Add($"report text ({string.Join(", ", ReportText.Select(t => t.Section.Slug()).Distinct())})");
        return $"Details amended: {string.Join(", ", fields)}";
    }

    public bool IsEmpty => Title is null && ProblemStatement is null && Solution is null && LeadAnalyst is null &&
        Objectives is null && AffectedDocuments is null && ImpactedCategories is null && Irps is null &&
        DccSystemImpact is null && DuisImpact is null && LeadTimeMonths is null && Costs is null &&
        ServiceProviders is null && TestPhases is null && ReportText is not { Count: > 0 };
}

/// <summary>The information classification is changed (e.g. DP104 RED to GREEN); always audited.</summary>
public sealed record ClassificationChanged(Classification To) : ModificationChange
{
    public override string Describe() => $"Classification changed to {To.ToString().ToUpperInvariant()}";
}

/// <summary>The Change Sub-Committee's monthly outcome on a Draft Proposal.</summary>
public sealed record CscOutcomeRecorded(CscOutcome Outcome, ModificationRoute RecommendedRoute = ModificationRoute.None, string? Meeting = null)
    : ModificationChange
{
    public override string Describe() => Outcome switch
    {
        CscOutcome.ReadyToConvert => $"CSC agreed ready to convert; recommended {RecommendedRoute.Describe()}",
        CscOutcome.FurtherDevelopmentRequired => "CSC agreed further development is required",
        _ => "CSC noted",
    };
}

/// <summary>The Panel converts the Draft Proposal into a Modification Proposal with a Path and a route.</summary>
public sealed record ConvertedToModificationProposal(ModificationPath Path, ModificationRoute Route, bool FastTrack = false, bool Urgent = false)
    : ModificationChange
{
    public override string Describe() =>
        $"Panel converted to a Modification Proposal: {Path.Describe()}, {Route.Describe()}{(FastTrack ? ", Fast-Track" : "")}{(Urgent ? ", Urgent" : "")}";
}

/// <summary>The Panel moves the proposal to the Report Phase or back to the Refinement Process.</summary>
public sealed record RouteChanged(ModificationRoute Route) : ModificationChange
{
    public override string Describe() => $"Panel sent to the {Route.Describe()}";
}

/// <summary>
/// SECAS recommends that the Panel move the proposal to the other route (the Change Status Report's
/// "recommended to proceed to the Report Phase"); the Panel's own step is <see cref="RouteChanged"/>.
/// </summary>
public sealed record ProgressionRecommended(ModificationRoute Route) : ModificationChange
{
    public override string Describe() => $"Recommended to the Panel for the {Route.Describe()}";
}

/// <summary>A consultation SECAS expects to issue in the week commencing a Monday (the Change Status Report's "expected" lists).</summary>
public sealed record ConsultationPlanned(ConsultationKind Kind, LocalDate WeekCommencing) : ModificationChange
{
    public override string Describe() => $"{Kind.Describe()} expected in the week commencing {WeekCommencing:d MMM yyyy}";
}

public sealed record WorkingGroupMeetingHeld(WorkingGroupMeetingKind Kind, string? Summary = null) : ModificationChange
{
    public override string Describe() => $"Discussed at {(Kind == WorkingGroupMeetingKind.AdHoc ? "an ad-hoc" : "the monthly")} Working Group";
}

/// <summary>A DCC Preliminary or Impact Assessment is requested (an IA after the Change Board approved its cost).</summary>
public sealed record AssessmentRequested(string AssessmentId, AssessmentKind Kind, int TargetWorkingDays, LocalDate? ChangeBoardApprovedOn = null)
    : ModificationChange
{
    public override string Describe() => $"{Kind.Describe()} {AssessmentId} requested (target {TargetWorkingDays} WD)";
}

/// <summary>The Change Board deferred an Impact Assessment request.</summary>
public sealed record ImpactAssessmentRequestDeferred : ModificationChange
{
    public override string Describe() => "Impact Assessment request deferred by the Change Board";
}

/// <summary>Steps of a running assessment. Kind and target are given only when the assessment was
/// not requested through SecChange (history).</summary>
public sealed record AssessmentAccepted(string AssessmentId, AssessmentKind Kind = AssessmentKind.None, int? TargetWorkingDays = null)
    : ModificationChange
{
    public override string Describe() => $"Assessment {AssessmentId} accepted by the DCC";
}

public sealed record AssessmentReturned(string AssessmentId, AssessmentKind Kind = AssessmentKind.None, int? TargetWorkingDays = null)
    : ModificationChange
{
    public override string Describe() => $"Assessment {AssessmentId} returned by the DCC";
}

public sealed record AssessmentPaused(string AssessmentId) : ModificationChange
{
    public override string Describe() => $"Assessment {AssessmentId} paused for clarification";
}

public sealed record AssessmentResumed(string AssessmentId) : ModificationChange
{
    public override string Describe() => $"Assessment {AssessmentId} resumed";
}

/// <summary>A revised return date agreed with the DCC; the reason is the event's reason.</summary>
public sealed record AssessmentDateRevised(string AssessmentId, LocalDate AgreedDate) : ModificationChange
{
    public override string Describe() => $"Assessment {AssessmentId} return date revised to {AgreedDate:d MMM yyyy}";
}

/// <summary>A consultation opens with its closing date and the questions Parties are asked.</summary>
public sealed record ConsultationOpened(ConsultationKind Kind, LocalDate Closes, IReadOnlyList<string>? Questions = null) : ModificationChange
{
    public override string Describe() =>
        $"{Kind.Describe()} opened (closes {Closes:d MMM yyyy}{(Questions is { Count: > 0 } q ? $", {Words.Count(q.Count, "question")}" : "")})";
}

/// <summary>A Party's response to a consultation; a response after the window must be flagged late.</summary>
public sealed record ConsultationResponseReceived(
    ConsultationKind Kind,
    string Respondent,
    PartyCategory Category,
    IReadOnlyList<ConsultationAnswer> Answers,
    string? ExpectedCosts = null,
    bool Confidential = false,
    bool Late = false) : ModificationChange
{
    public override string Describe() =>
        $"{Kind.Describe()} response from {(Confidential ? "a confidential respondent" : Respondent)}{(Late ? " (late)" : "")}";
}

/// <summary>A Change Board member's vote (or their alternate's, for the member's seat), with the rationale against the SEC Objectives.</summary>
public sealed record ChangeBoardVoteCast(
    string Seat,
    string CastBy,
    VotingGroup Group,
    VotePosition Position,
    string? Rationale = null,
    IReadOnlyList<SecObjective>? Objectives = null) : ModificationChange
{
    public override string Describe() =>
        $"Change Board vote: {Seat}{(CastBy == Seat ? "" : $" (by alternate {CastBy})")} ({Group}) votes {Position.ToString().ToLowerInvariant()}";
}

public sealed record ConsultationClosed(ConsultationKind Kind) : ModificationChange
{
    public override string Describe() => $"{Kind.Describe()} closed";
}

/// <summary>The CSC approves the Modification Report for consultation.</summary>
public sealed record ModificationReportApproved : ModificationChange
{
    public override string Describe() => "Modification Report approved by the CSC";
}

/// <summary>
/// A decision or recommendation: the Change Board's vote (a decision under Self-Governance, a
/// recommendation otherwise), the Panel's on a Fast-Track modification, or the Authority's.
/// </summary>
public sealed record DecisionRecorded(DecidingBody Body, DecisionOutcome Outcome) : ModificationChange
{
    public override string Describe() => $"{Body.Describe()}: {Outcome.Describe()}";
}

/// <summary>A Self-Governance decision is referred to the Panel (To = Panel) or appealed to the Authority.</summary>
public sealed record DecisionChallenged(DecidingBody To, string? RaisedBy = null) : ModificationChange
{
    public override string Describe() => To == DecidingBody.Panel ? "Decision referred to the Panel" : "Decision appealed to the Authority";
}

/// <summary>The Panel's determination of a referral, or the Authority's of an appeal.</summary>
public sealed record ChallengeDetermined(DecisionOutcome Outcome) : ModificationChange
{
    public override string Describe() => $"Referral or appeal determined: {Outcome.Describe()}";
}

/// <summary>The Proposer withdraws the modification before a decision; the reason is the event's reason.</summary>
public sealed record Withdrawn : ModificationChange
{
    public override string Describe() => "Withdrawn by the Proposer";
}

/// <summary>Per-release status steps; <see cref="Part"/> names a part when a change is split across releases.</summary>
public sealed record ReleaseTargeted(string ReleaseId, string? Part = null) : ModificationChange
{
    public override string Describe() => $"Targeted for release {ReleaseId}{PartSuffix(Part)}";

    internal static string PartSuffix(string? part) => part is null ? "" : $" ({part})";
}

public sealed record ReleaseApproved(string ReleaseId, string? Part = null) : ModificationChange
{
    public override string Describe() => $"Approved for implementation in release {ReleaseId}{ReleaseTargeted.PartSuffix(Part)}";
}

public sealed record ReleaseImplemented(string ReleaseId, string? Part = null) : ModificationChange
{
    public override string Describe() => $"Implemented in release {ReleaseId}{ReleaseTargeted.PartSuffix(Part)}";
}
