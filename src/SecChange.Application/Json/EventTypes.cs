using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// The stable names of the events SecChange stores and exchanges. A name, once used, is never changed
/// or reused: renaming a class keeps its line here. Changing an event's fields raises its version and
/// adds an upcast from the previous one, so every history ever written stays readable (ADR 6).
/// </summary>
public static class EventTypes
{
    public static EventTypeRegistry Current { get; } = new(
    [
        new(typeof(DraftProposalRaised), "draft-proposal.raised", "DraftProposalRaised"),
        new(typeof(HistoryBaselined), "history.baselined", "HistoryBaselined"),
        new(typeof(HistoryObserved), "history.observed", "HistoryObserved"),
        new(typeof(AlternativeRaised), "alternative.raised", "AlternativeRaised"),
        new(typeof(AlternativeLinked), "alternative.linked", "AlternativeLinked"),
        new(typeof(DetailsAmended), "details.amended", "DetailsAmended"),
        new(typeof(ClassificationChanged), "classification.changed", "ClassificationChanged"),
        new(typeof(CscOutcomeRecorded), "csc-outcome.recorded", "CscOutcomeRecorded"),
        new(typeof(ConvertedToModificationProposal), "draft-proposal.converted", "ConvertedToModificationProposal"),
        new(typeof(RouteChanged), "route.changed", "RouteChanged"),
        new(typeof(WorkingGroupMeetingHeld), "working-group.met", "WorkingGroupMeetingHeld"),
        new(typeof(AssessmentRequested), "assessment.requested", "AssessmentRequested"),
        new(typeof(ImpactAssessmentRequestDeferred), "impact-assessment.deferred", "ImpactAssessmentRequestDeferred"),
        new(typeof(AssessmentAccepted), "assessment.accepted", "AssessmentAccepted"),
        new(typeof(AssessmentReturned), "assessment.returned", "AssessmentReturned"),
        new(typeof(AssessmentPaused), "assessment.paused", "AssessmentPaused"),
        new(typeof(AssessmentResumed), "assessment.resumed", "AssessmentResumed"),
        new(typeof(AssessmentDateRevised), "assessment.date-revised", "AssessmentDateRevised"),
        new(typeof(ConsultationOpened), "consultation.opened", "ConsultationOpened"),
        new(typeof(ConsultationResponseReceived), "consultation.response-received", "ConsultationResponseReceived"),
        new(typeof(ConsultationClosed), "consultation.closed", "ConsultationClosed"),
        new(typeof(ChangeBoardVoteCast), "change-board.vote-cast", "ChangeBoardVoteCast"),
        new(typeof(ModificationReportApproved), "modification-report.approved", "ModificationReportApproved"),
        new(typeof(DecisionRecorded), "decision.recorded", "DecisionRecorded"),
        new(typeof(DecisionChallenged), "decision.challenged", "DecisionChallenged"),
        new(typeof(ChallengeDetermined), "challenge.determined", "ChallengeDetermined"),
        new(typeof(Withdrawn), "modification.withdrawn", "Withdrawn"),
        new(typeof(ReleaseTargeted), "release.targeted", "ReleaseTargeted"),
        new(typeof(ReleaseApproved), "release.approved", "ReleaseApproved"),
        new(typeof(ReleaseImplemented), "release.implemented", "ReleaseImplemented"),
        new(typeof(ProgressionRecommended), "progression.recommended", "ProgressionRecommended"),
        new(typeof(ConsultationPlanned), "consultation.planned", "ConsultationPlanned"),
    ]);
}
