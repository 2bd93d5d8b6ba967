using NodaTime;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>MP105 as its Modification Report's Appendix 1 gives it (seed 004), then onward to implementation.</summary>
public class LifecycleTests
{
    private static readonly ModificationProcess Process = NewProcess();

    private static void Step(Modification m, ModificationChange change, LocalDate on, ActorRole role, ModificationState state, Stage stage,
        string? reason = null)
    {
        var before = m.Version;
        Process.Take(m, change, on, As(role), reason);
        m.State.ShouldBe(state, change.Describe());
        m.Stage.ShouldBe(stage, change.Describe());
        m.Version.ShouldBe(before + 1);
        m.LastEventOn.ShouldBe(on);
    }

    private static Modification RaiseDp105()
    {
        var m = Process.Create(ModificationId.Parse("DP105"),
            new DraftProposalRaised("Retry of SR 11.3", "Jane Proposer", "Utility Ltd", "Install failures", Classification.White),
            D(2019, 12, 18), As(ActorRole.Proposer));
        m.State.ShouldBe(Development);
        m.Stage.ShouldBe(Stage.Define);
        m.Reference.ShouldBe("DP105");
        m.RaisedOn.ShouldBe(D(2019, 12, 18));
        m.Events.Count.ShouldBe(1);
        return m;
    }

    [Fact]
    public void Mp105_FromDraftToImplementation_FollowsTheTimetable()
    {
        var m = RaiseDp105();
        Step(m, new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess), D(2020, 1, 2),
            ActorRole.ChangeSubCommittee, AwaitingConversion, Stage.Define);
        m.Reference.ShouldBe("DP105");
        Step(m, new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess), D(2020, 1, 17),
            ActorRole.Panel, Refinement, Stage.Refine);
        m.Reference.ShouldBe("MP105");
        m.Path.ShouldBe(ModificationPath.SelfGovernance);

        Step(m, new AssessmentRequested("PA1", AssessmentKind.Preliminary, 15), D(2020, 4, 6), ActorRole.Secas, Refinement, Stage.Refine);
        Step(m, new AssessmentAccepted("PA1"), D(2020, 4, 6), ActorRole.Dcc, Refinement, Stage.Refine);
        Step(m, new AssessmentReturned("PA1"), D(2020, 5, 4), ActorRole.Dcc, Refinement, Stage.Refine);
        m.FindAssessment("PA1")!.ActualDuration(ShippedCalendar).ShouldBe(18); // Easter 2020 falls inside

        Step(m, new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.Monthly), D(2020, 6, 3), ActorRole.WorkingGroup, Refinement, Stage.Refine);
        m.WorkingGroupDiscussions.Single().On.ShouldBe(D(2020, 6, 3));

        Step(m, new AssessmentRequested("PA2", AssessmentKind.Preliminary, 15), D(2020, 7, 17), ActorRole.Secas, Refinement, Stage.Refine);
        Step(m, new AssessmentAccepted("PA2"), D(2020, 7, 17), ActorRole.Dcc, Refinement, Stage.Refine);
        Step(m, new AssessmentReturned("PA2"), D(2020, 8, 27), ActorRole.Dcc, Refinement, Stage.Refine);
        m.FindAssessment("PA2")!.ActualDuration(ShippedCalendar).ShouldBe(29);

        Step(m, new ConsultationOpened(ConsultationKind.Refinement, D(2020, 10, 5)), D(2020, 9, 14), ActorRole.Secas, Refinement, Stage.Refine);
        Step(m, new ConsultationClosed(ConsultationKind.Refinement), D(2020, 10, 5), ActorRole.Secas, Refinement, Stage.Refine);

        Step(m, new AssessmentRequested("IA1", AssessmentKind.Impact, 40, D(2020, 10, 21)), D(2020, 10, 21), ActorRole.ChangeBoard,
            Refinement, Stage.Refine);
        Step(m, new AssessmentAccepted("IA1"), D(2020, 10, 22), ActorRole.Dcc, Refinement, Stage.Refine);
        m.FindAssessment("IA1")!.DueOn(ShippedCalendar).ShouldBe(D(2020, 12, 17));
        Step(m, new AssessmentReturned("IA1"), D(2020, 12, 18), ActorRole.Dcc, Refinement, Stage.Refine);
        m.FindAssessment("IA1")!.ActualDuration(ShippedCalendar).ShouldBe(41);
        Step(m, new DetailsAmended { DccSystemImpact = true, DuisImpact = true, LeadTimeMonths = 9 }, D(2020, 12, 18), ActorRole.Secas,
            Refinement, Stage.Refine);

        Step(m, new RouteChanged(ModificationRoute.ReportPhase), D(2021, 1, 15), ActorRole.Panel, ReportPhase, Stage.Opine);
        Step(m, new ModificationReportApproved(), D(2021, 1, 20), ActorRole.ChangeSubCommittee, ReportPhase, Stage.Opine);
        Step(m, new ConsultationOpened(ConsultationKind.ModificationReport, D(2021, 2, 11)), D(2021, 1, 21), ActorRole.Secas, ReportPhase, Stage.Opine);
        Step(m, new ConsultationClosed(ConsultationKind.ModificationReport), D(2021, 2, 11), ActorRole.Secas, ReportPhase, Stage.Opine);
        Step(m, new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve), D(2021, 2, 24), ActorRole.ChangeBoard, Approved, Stage.Implement);
        Process.ChallengeWindowCloses(m, DecidingBody.Panel).ShouldBe(D(2021, 3, 17));

        // Approved after 4 Feb 2021 with DUIS impact and 9 months' lead time: the November 2022 release.
        Release[] releases =
        [
            new("2021-11", "November 2021", D(2021, 11, 4), ReleaseKind.Scheduled, true, true),
            new("2022-06", "June 2022", D(2022, 6, 30), ReleaseKind.Scheduled, true, false),
            new("2022-11", "November 2022", D(2022, 11, 3), ReleaseKind.Scheduled, true, true),
        ];
        var target = ImplementationDateRule.TargetRelease(m.LatestDecision!.On, m.LeadTimeMonths!.Value, m.DccSystemImpact, m.DuisImpact, releases)!;
        target.Id.ShouldBe("2022-11");

        Step(m, new ReleaseTargeted(target.Id), D(2021, 2, 26), ActorRole.Secas, Approved, Stage.Implement);
        Step(m, new ReleaseApproved(target.Id), D(2021, 3, 18), ActorRole.Panel, Approved, Stage.Implement);
        Step(m, new ReleaseImplemented(target.Id), target.Date, ActorRole.Dcc, Implemented, Stage.Closed);

        m.ClosedOn.ShouldBe(D(2022, 11, 3));
        m.Events.Count.ShouldBe(24);
        m.Events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, 24));
        m.Events.Select(e => e.OccurredOn).ShouldBeInOrder();
        m.Events[0].Change.Describe().ShouldBe("Draft Proposal raised by Jane Proposer (Utility Ltd)");
        m.Events[2].Change.Describe().ShouldBe("Panel converted to a Modification Proposal: Path 3 (Self-Governance), Refinement Process");
        m.Events[^1].Change.Describe().ShouldBe("Implemented in release 2022-11");
        m.Assessments.Select(a => a.Id).ShouldBe(["PA1", "PA2", "IA1"]);
        m.Consultations.Select(c => c.Kind).ShouldBe([ConsultationKind.Refinement, ConsultationKind.ModificationReport]);
        m.Consultations.ShouldAllBe(c => !c.IsOpen);
    }

    [Fact]
    public void Mp105_ReplayOfItsEvents_GivesTheSameState()
    {
        var m = RaiseDp105();
        Process.Take(m, new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess), D(2020, 1, 2), As(ActorRole.ChangeSubCommittee));
        Process.Take(m, new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess), D(2020, 1, 17), As(ActorRole.Panel));
        Process.Take(m, new AssessmentRequested("PA1", AssessmentKind.Preliminary, 15), D(2020, 4, 6), As(ActorRole.Secas));
        var replayed = Modification.Replay(m.Events);
        replayed.State.ShouldBe(m.State);
        replayed.Reference.ShouldBe("MP105");
        replayed.Version.ShouldBe(4);
        replayed.FindAssessment("PA1")!.RequestedOn.ShouldBe(D(2020, 4, 6));
    }

    [Fact]
    public void Replay_EventsOutOfSequence_RefusedAsInvalid()
    {
        var m = RaiseDp105();
        Process.Take(m, new CscOutcomeRecorded(CscOutcome.Noted), D(2020, 1, 2), As(ActorRole.ChangeSubCommittee));
        ShouldBeInvalid(() => Modification.Replay(m.Events.Reverse()), "out of sequence");
        ShouldBeInvalid(() => Modification.Replay([]), "at least one event");
    }

    private static Modification Path2AwaitingAuthority()
    {
        var m = RaiseDp105();
        Step(m, new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.ReportPhase), D(2020, 1, 2), ActorRole.ChangeSubCommittee,
            AwaitingConversion, Stage.Define);
        Step(m, new ConvertedToModificationProposal(ModificationPath.AuthorityDetermination, ModificationRoute.ReportPhase), D(2020, 1, 17),
            ActorRole.Panel, ReportPhase, Stage.Opine);
        Step(m, new ModificationReportApproved(), D(2020, 2, 5), ActorRole.ChangeSubCommittee, ReportPhase, Stage.Opine);
        Step(m, new ConsultationOpened(ConsultationKind.ModificationReport, D(2020, 2, 26)), D(2020, 2, 5), ActorRole.Secas, ReportPhase, Stage.Opine);
        Step(m, new ConsultationClosed(ConsultationKind.ModificationReport), D(2020, 2, 26), ActorRole.Secas, ReportPhase, Stage.Opine);
        Step(m, new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve), D(2020, 3, 25), ActorRole.ChangeBoard,
            AwaitingAuthorityDecision, Stage.Opine);
        m.LatestDecision!.IsFinal.ShouldBeFalse();
        m.Events.Count.ShouldBe(7);
        return m;
    }

    [Fact]
    public void Path2_AuthorityApproves_Approved()
    {
        var m = Path2AwaitingAuthority();
        Step(m, new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Approve), D(2020, 5, 1), ActorRole.Authority, Approved, Stage.Implement);
        m.Decisions.Select(d => (d.Body, d.IsFinal)).ShouldBe([(DecidingBody.ChangeBoard, false), (DecidingBody.Authority, true)]);
    }

    [Fact]
    public void Path2_AuthorityRejects_ClosedAsRejected()
    {
        var m = Path2AwaitingAuthority();
        Step(m, new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Reject), D(2020, 5, 1), ActorRole.Authority, Rejected, Stage.Closed);
        m.ClosedOn.ShouldBe(D(2020, 5, 1));
        ShouldBeBroken(() => Process.Take(m, new DecisionChallenged(DecidingBody.Authority), D(2020, 5, 4), As(ActorRole.Proposer)),
            "Only a Self-Governance decision");
    }

    [Fact]
    public void Path2_AuthoritySendsBack_ReportPhaseAgainThenARecommendationAgain()
    {
        var m = Path2AwaitingAuthority();
        Step(m, new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.SendBack), D(2020, 5, 1), ActorRole.Authority, ReportPhase, Stage.Opine);
        Step(m, new ModificationReportApproved(), D(2020, 6, 3), ActorRole.ChangeSubCommittee, ReportPhase, Stage.Opine);
        Step(m, new ConsultationOpened(ConsultationKind.ModificationReport, D(2020, 6, 24)), D(2020, 6, 3), ActorRole.Secas, ReportPhase, Stage.Opine);
        Step(m, new ConsultationClosed(ConsultationKind.ModificationReport), D(2020, 6, 24), ActorRole.Secas, ReportPhase, Stage.Opine);
        Step(m, new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Reject), D(2020, 7, 22), ActorRole.ChangeBoard,
            AwaitingAuthorityDecision, Stage.Opine);
        m.Events.Count.ShouldBe(12);
    }

    [Fact]
    public void Path2_AuthorityDecisionBySecasOnItsBehalf_Allowed()
    {
        var m = Path2AwaitingAuthority();
        Step(m, new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Approve), D(2020, 5, 1), ActorRole.Secas, Approved, Stage.Implement);
    }
}
