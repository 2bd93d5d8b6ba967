using NodaTime;
using SecChange.Domain.Consultations;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Voting;

namespace SecChange.Application.Tests;

/// <summary>
/// What each golden file under Golden/ must read as, by stable event name. Written out in code on
/// purpose: a renamed class, property or enum member changes this side only, so the golden file
/// (the JSON already stored in registers) stops reading and the test names what broke.
/// </summary>
public static class GoldenEvents
{
    public static readonly IReadOnlyDictionary<string, ModificationChange> Expected = new Dictionary<string, ModificationChange>
    {
        ["alternative.linked"] = new AlternativeLinked(ModificationId.Parse("MP139A")),
        ["alternative.raised"] = new AlternativeRaised(ModificationId.Parse("MP139"), "Read firmware, alternative", "Working Group", "SECAS",
            ModificationPath.SelfGovernance, ModificationRoute.ReportPhase),
        ["assessment.accepted"] = new AssessmentAccepted("PA2", AssessmentKind.Preliminary, 15),
        ["assessment.date-revised"] = new AssessmentDateRevised("PA1", new LocalDate(2021, 7, 30)),
        ["assessment.paused"] = new AssessmentPaused("PA1"),
        ["assessment.requested"] = new AssessmentRequested("IA1", AssessmentKind.Impact, 40, new LocalDate(2020, 10, 21)),
        ["assessment.resumed"] = new AssessmentResumed("PA1"),
        ["assessment.returned"] = new AssessmentReturned("PA1", AssessmentKind.Preliminary, 40),
        ["challenge.determined"] = new ChallengeDetermined(DecisionOutcome.Approve),
        ["change-board.vote-cast"] = new ChangeBoardVoteCast("Paul Saker", "Paul Saker", VotingGroup.LargeSuppliers, VotePosition.Approve,
            "Objective (a)", [SecObjective.A]),
        ["classification.changed"] = new ClassificationChanged(Classification.Green),
        ["consultation.closed"] = new ConsultationClosed(ConsultationKind.ModificationReport),
        ["consultation.opened"] = new ConsultationOpened(ConsultationKind.ModificationReport, new LocalDate(2020, 12, 15), ["Should MP105 be approved?"]),
        ["consultation.response-received"] = new ConsultationResponseReceived(ConsultationKind.ModificationReport, "E.ON", PartyCategory.LargeSupplier,
            [new ConsultationAnswer(1, AnswerPosition.Agree, "Better Device management")], "None", Confidential: false, Late: true),
        ["draft-proposal.converted"] = new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess,
            FastTrack: false, Urgent: true),
        ["csc-outcome.recorded"] = new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess, "CSC 11"),
        ["decision.challenged"] = new DecisionChallenged(DecidingBody.Panel, "E.ON"),
        ["decision.recorded"] = new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve),
        ["details.amended"] = new DetailsAmended
        {
            Title = "Suspended Devices: firmware reads",
            ProblemStatement = "A 'Suspended' Device's firmware version cannot be read.",
            Solution = "Add SR 11.2 to the exception list of the E5 authorisation check.",
            LeadAnalyst = "Joe Hehir",
            Objectives = [SecObjective.A],
            AffectedDocuments = ["Appendix AD 'DCC User Interface Specification'"],
            ImpactedCategories = [PartyCategory.LargeSupplier, PartyCategory.SmallSupplier, PartyCategory.Dcc],
            Irps = ["IRP 42"],
            DccSystemImpact = true,
            DuisImpact = true,
            LeadTimeMonths = 9,
            Costs = new CostEstimate(
                [new CostLine("Design, Build and Pre-Integration Testing (PIT)", 0, 150000), new CostLine("Systems Integration Testing (SIT)", null, null)],
                SecasCost: 1200, SecasEffortDays: 2, AnnualSupportCost: 500, PartyCosts: "Most respondents expected no costs."),
        },
        ["draft-proposal.raised"] = new DraftProposalRaised("Enduring ICHIS Compliance Related to RF", "Tom Woolley", "SMS PLC",
            "The DCC's derogation period for ICHIS Radio Frequency levels ended in March 2020.", Classification.White, RaisedByPanel: false),
        ["history.baselined"] = new HistoryBaselined("Correcting equivalence in Security Standards", ModificationState.Development,
            "Change Status Report, August 2020", ModificationPath.None, "Gordon Hextall", "Security Sub-Committee", Classification.White,
            ModificationReportApproved: false, ModificationReportConsultationClosed: false),
        ["history.observed"] = new HistoryObserved(ModificationState.ReportPhase, "Change Status Report, August 2020", ModificationPath.SelfGovernance,
            ModificationReportApproved: true, ModificationReportConsultationClosed: true),
        ["impact-assessment.deferred"] = new ImpactAssessmentRequestDeferred(),
        ["modification-report.approved"] = new ModificationReportApproved(),
        ["release.approved"] = new ReleaseApproved("2020-11", "Part 2"),
        ["release.implemented"] = new ReleaseImplemented("2020-07-23", "Part 1"),
        ["release.targeted"] = new ReleaseTargeted("2022-11"),
        ["route.changed"] = new RouteChanged(ModificationRoute.ReportPhase),
        ["modification.withdrawn"] = new Withdrawn(),
        ["progression.recommended"] = new ProgressionRecommended(ModificationRoute.ReportPhase),
        ["consultation.planned"] = new ConsultationPlanned(ConsultationKind.ModificationReport, new LocalDate(2020, 8, 17)),
        ["working-group.met"] = new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.Monthly, "SECAS reviewed the Impact Assessment and proposed next steps"),
    };
}
