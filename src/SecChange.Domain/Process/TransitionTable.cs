using SecChange.Domain.Modifications;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Process.ActorRole;
using static SecChange.Domain.Process.ProcessRules;

namespace SecChange.Domain.Process;

/// <summary>
/// The SEC Section D lifecycle as one declarative table: every step, the states it is allowed from,
/// who may take it and the rules it must satisfy. Nothing else in the domain decides what is allowed.
/// </summary>
public static class TransitionTable
{
    private static readonly ModificationState[] PreDecision = PreDecisionStates();

    private static readonly ModificationState[] Open =
        [.. PreDecision, ReferredToPanel, UnderAppeal, Approved];

    public static readonly IReadOnlyList<ProcessStep> Steps =
    [
        Step("csc-outcome", "Record the Change Sub-Committee's outcome on a Draft Proposal", "record the Change Sub-Committee's outcome",
            [Development, AwaitingConversion], [ChangeSubCommittee, Secas], ReadyToConvertNamesARoute),
        Step("convert", "The Panel converts the Draft Proposal to a Modification Proposal", "convert it to a Modification Proposal",
            [AwaitingConversion, Development], [Panel], PathAndRouteAreGiven, ConversionNeedsCscRecommendation,
            FastTrackOnlyWhenRaisedByThePanel, FastTrackNeverInRefinement),
        Step("route", "The Panel moves the proposal between the Refinement Process and the Report Phase", "move it to the other route",
            [Refinement, ReportPhase], [Panel], RouteMustChange, FastTrackNeverInRefinement),
        Step("recommend", "Recommend that the Panel move the proposal to the other route", "recommend it to the Panel for the other route",
            [Refinement, ReportPhase], [Secas, WorkingGroup], RecommendationMovesTheRoute),
        Step("wg-meeting", "Record a Working Group meeting that discussed the proposal", "record a Working Group meeting",
            [Refinement, ReportPhase], [Secas, WorkingGroup]),
        Step("assessment request", "Request a DCC Preliminary or Impact Assessment", "request a DCC assessment",
            [Refinement], [Secas, ChangeBoard], AssessmentIdsAreUnique, AssessmentTargetIsPositive, ImpactAssessmentNeedsChangeBoardApproval),
        Step("assessment defer", "Record that the Change Board deferred an Impact Assessment request", "defer an Impact Assessment request",
            [Refinement], [Secas, ChangeBoard]),
        Step("assessment accept", "Record the DCC's acceptance of an assessment request", "record the DCC's acceptance of an assessment",
            Open, [Dcc, Secas], AssessmentExists, AssessmentIsOpen, AssessmentAcceptedOnce),
        Step("assessment return", "Record the DCC's return of an assessment", "record the DCC's return of an assessment",
            Open, [Dcc, Secas], AssessmentExists, AssessmentIsOpen, AssessmentReturnedAfterAcceptance),
        Step("assessment pause", "Pause an assessment for clarification", "pause an assessment",
            Open, [Dcc, Secas], AssessmentExists, AssessmentIsOpen, PauseOnlyWhileRunning),
        Step("assessment resume", "Resume a paused assessment", "resume a paused assessment",
            Open, [Dcc, Secas], AssessmentExists, AssessmentIsOpen, PauseOnlyWhileRunning),
        Step("assessment revise", "Agree a revised return date for an assessment, with a reason", "agree a revised assessment return date",
            Open, [Dcc, Secas], AssessmentExists, AssessmentIsOpen, RevisedDateNeedsAReason),
        Step("consultation open", "Open a Refinement or Modification Report Consultation", "open a consultation",
            [Refinement, ReportPhase], [Secas], ConsultationKindFitsTheState, OneOpenConsultationPerKind,
            ConsultationClosesAfterItOpens, ReportConsultationNeedsApprovedReport),
        Step("consultation plan", "Say in which week a consultation is expected to be issued", "say when a consultation is expected",
            [Refinement, ReportPhase], [Secas], PlannedConsultationStartsOnAMonday),
        Step("consultation close", "Close an open consultation", "close a consultation",
            [Refinement, ReportPhase], [Secas], ConsultationToCloseIsOpen),
        Step("consultation respond", "Record a Party's response to a consultation (late ones flagged)", "record a consultation response",
            PreDecision, [Secas, Party], ResponseAnswersAnOpenedConsultation, LateResponsesAreFlagged),
        Step("ballot cast", "Record a Change Board member's vote (or their alternate's) with its rationale", "cast a Change Board vote",
            [ReportPhase], [ChangeBoard, Secas], BallotIsForTheChangeBoard, VoteNeedsClosedReportConsultation, OneVotePerSeat),
        Step("report approve", "The CSC approves the Modification Report for consultation", "approve the Modification Report",
            [ReportPhase], [ChangeSubCommittee, Secas]),
        Step("vote", "Record the Change Board's vote (a decision under Self-Governance, else a recommendation)", "record the Change Board's decision",
            [ReportPhase], [ChangeBoard, Secas], DecidingBodyFitsThePath, VoteNeedsClosedReportConsultation, DecisionFollowsTheBallot),
        Step("panel-decision", "Record the Panel's decision on a Fast-Track Modification", "record the Panel's decision",
            [ReportPhase], [Panel, Secas], DecidingBodyFitsThePath),
        Step("authority-decision", "Record the Authority's decision (approve, reject or send back)", "record the Authority's decision",
            [AwaitingAuthorityDecision], [Authority, Secas], DecidingBodyFitsThePath),
        Step("refer", "Refer a Self-Governance decision to the Panel", "refer the decision to the Panel",
            [Approved, Rejected], [Party, Proposer, Secas], ChallengeOnlyOfASelfGovernanceDecision, ChallengeWithinItsWindow),
        Step("appeal", "Appeal a Self-Governance decision to the Authority", "appeal the decision to the Authority",
            [Approved, Rejected], [Party, Proposer, Secas], ChallengeOnlyOfASelfGovernanceDecision, ChallengeWithinItsWindow),
        Step("determine", "Record the Panel's determination of a referral or the Authority's of an appeal", "determine the referral or appeal",
            [ReferredToPanel, UnderAppeal], [Panel, Authority, Secas], ChallengeIsDeterminedByItsBody),
        Step("withdraw", "The Proposer withdraws the proposal before a decision", "withdraw it",
            PreDecision, [Proposer], WithdrawalNeedsAReason),
        Step("release target", "Target a SEC Release", "target a SEC Release",
            [.. PreDecision, Approved], [Secas, Panel], ReleasePartIsNotImplemented),
        Step("release approve", "Approve the modification for implementation in a SEC Release", "approve it for a SEC Release",
            [Approved], [Secas, Panel, ChangeBoard, Authority], ReleasePartIsNotImplemented),
        Step("release implement", "Record implementation in a SEC Release", "record its implementation in a SEC Release",
            [Approved], [Secas, Dcc], ImplementationFollowsReleaseApproval),
        Step("amend", "Amend the proposal's descriptive details", "amend its details",
            Open, [Secas, Proposer], AmendmentChangesSomething, ReportTextNamesEachSectionOnce),
        Step("classify", "Change the information classification", "change its classification",
            Open, [Secas, Panel], ClassificationMustChange),
        Step("history", "Record the state a published document shows a modification entered from history in", "record a state a published document shows",
            [.. Open, Rejected, ModificationState.Withdrawn, Implemented], [Secas], OnlyForModificationsEnteredFromHistory),
        Step("alternative", "Link an alternative solution raised on this proposal", "link an alternative solution",
            [Refinement, ReportPhase], [Secas, WorkingGroup], AlternativeBelongsToThisModification),
    ];

    /// <summary>Rules every step must satisfy, whatever its kind.</summary>
    public static readonly IReadOnlyList<ProcessRule> Always = [EventsAreNeverReordered, NothingIsRecordedAheadOfToday];

    private static readonly Dictionary<string, ProcessStep> ByName = Steps.ToDictionary(s => s.Name);

    public static ProcessStep Get(string name) => ByName[name];

    /// <summary>The table row a proposed change belongs to.</summary>
    public static ProcessStep StepFor(ModificationChange change) => Get(change switch
    {
        CscOutcomeRecorded => "csc-outcome",
        ConvertedToModificationProposal => "convert",
        RouteChanged => "route",
        WorkingGroupMeetingHeld => "wg-meeting",
        ProgressionRecommended => "recommend",
        ConsultationPlanned => "consultation plan",
        AssessmentRequested => "assessment request",
        ImpactAssessmentRequestDeferred => "assessment defer",
        AssessmentAccepted => "assessment accept",
        AssessmentReturned => "assessment return",
        AssessmentPaused => "assessment pause",
        AssessmentResumed => "assessment resume",
        AssessmentDateRevised => "assessment revise",
        ConsultationOpened => "consultation open",
        ConsultationClosed => "consultation close",
        ConsultationResponseReceived => "consultation respond",
        ChangeBoardVoteCast => "ballot cast",
        ModificationReportApproved => "report approve",
        DecisionRecorded { Body: DecidingBody.ChangeBoard } => "vote",
        DecisionRecorded { Body: DecidingBody.Panel } => "panel-decision",
        DecisionRecorded => "authority-decision",
        DecisionChallenged { To: DecidingBody.Panel } => "refer",
        DecisionChallenged => "appeal",
        ChallengeDetermined => "determine",
        Modifications.Withdrawn => "withdraw",
        ReleaseTargeted => "release target",
        ReleaseApproved => "release approve",
        ReleaseImplemented => "release implement",
        DetailsAmended => "amend",
        ClassificationChanged => "classify",
        AlternativeLinked => "alternative",
        HistoryObserved => "history",
        _ => throw new ArgumentException($"{change.GetType().Name} is not a step on an existing modification.", nameof(change)),
    });

    /// <summary>
    /// Steps that make sense only when there is something to act on (an open assessment, an open
    /// consultation, ...); used to list what is allowed next, never to refuse a step (the rules do that).
    /// </summary>
    private static readonly Dictionary<string, Func<Modification, bool>> Applies = new()
    {
        ["assessment accept"] = m => m.Assessments.Any(a => a.IsOpen && a.AcceptedOn is null),
        ["assessment return"] = m => m.Assessments.Any(a => a.IsOpen),
        ["assessment pause"] = m => m.Assessments.Any(a => a.IsOpen && !a.IsPaused && a.AcceptedOn is not null),
        ["assessment resume"] = m => m.Assessments.Any(a => a.IsPaused),
        ["assessment revise"] = m => m.Assessments.Any(a => a.IsOpen),
        ["consultation close"] = m => m.Consultations.Any(c => c.IsOpen),
        ["consultation respond"] = m => m.Consultations.Count > 0,
        ["ballot cast"] = m => !m.FastTrack && m.ModificationReportConsultationClosed,
        ["vote"] = m => !m.FastTrack,
        ["panel-decision"] = m => m.FastTrack,
        ["refer"] = m => m.LatestDecision is { IsFinal: true, IsSelfGovernance: true },
        ["appeal"] = m => m.LatestDecision is { IsFinal: true, IsSelfGovernance: true },
        ["release implement"] = m => m.Releases.Any(r => r.Status == ReleaseStatus.Approved),
        ["history"] = m => m.EnteredFromHistory,
    };

    /// <summary>The steps worth offering next for this modification: allowed from its state and with something to act on.</summary>
    public static IEnumerable<ProcessStep> AllowedFor(Modification modification) =>
        AllowedFrom(modification.State).Where(s => !Applies.TryGetValue(s.Name, out var applies) || applies(modification));

    /// <summary>The steps that may be taken from a state, for "allowed next" messages and the UI.</summary>
    public static IEnumerable<ProcessStep> AllowedFrom(ModificationState state) => Steps.Where(s => s.IsAllowedFrom(state));

    private static ProcessStep Step(string name, string description, string action, ModificationState[] from, ActorRole[] roles,
        params ProcessRule[] rules) =>
        new(name, description, action, from, roles, rules);

    /// <summary>Every state before a decision, in declaration order (loops over arrays, for the reason given on <see cref="ProcessStep"/>).</summary>
    private static ModificationState[] PreDecisionStates()
    {
        var all = Enum.GetValues<ModificationState>();
        var count = 0;
        foreach (var state in all)
        {
            if (state.IsPreDecision()) count++;
        }

        var states = new ModificationState[count];
        count = 0;
        foreach (var state in all)
        {
            if (state.IsPreDecision()) states[count++] = state;
        }

        return states;
    }
}
