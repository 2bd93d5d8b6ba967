using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class DecisionRuleTests
{
    private static readonly DecisionRecorded CbApprove = new(DecidingBody.ChangeBoard, DecisionOutcome.Approve);

    [Fact]
    public void Vote_BeforeReportApproved_Refused() =>
        Scenario.In(ReportPhase).Refused(CbApprove, ActorRole.ChangeBoard, "before its Modification Report Consultation has closed");

    [Fact]
    public void Vote_WhileReportConsultationOpen_Refused() =>
        Scenario.In(ReportPhase).ApproveReport().OpenConsultation(ConsultationKind.ModificationReport)
            .Refused(CbApprove, ActorRole.ChangeBoard, "before its Modification Report Consultation has closed");

    [Fact]
    public void Vote_AfterReportConsultationClosed_SelfGovernanceApprovalIsFinal()
    {
        var s = Scenario.In(ReportPhase).ReadyToVote().Vote(DecisionOutcome.Approve);
        s.State.ShouldBe(Approved);
        s.M.Stage.ShouldBe(Stage.Implement);
        var d = s.M.LatestDecision.ShouldNotBeNull();
        d.IsFinal.ShouldBeTrue();
        d.IsSelfGovernance.ShouldBeTrue();
        d.Body.ShouldBe(DecidingBody.ChangeBoard);
        s.M.ClosedOn.ShouldBeNull();
    }

    [Fact]
    public void Vote_Reject_ClosesTheModification()
    {
        var s = Scenario.In(Rejected);
        s.M.Stage.ShouldBe(Stage.Closed);
        s.M.ClosedOn.ShouldBe(s.M.LastEventOn);
    }

    [Fact]
    public void Vote_WhenCodeRulesAllowVotingBeforeConsultation_Allowed() =>
        Scenario.Draft(rules: CodeRules.Sec with { VoteRequiresClosedReportConsultation = false }).ReadyToConvert().Convert().ToReportPhase()
            .Vote(DecisionOutcome.Approve).State.ShouldBe(Approved);

    [Fact]
    public void Vote_SecondReportConsultationReopened_RefusedUntilClosedAgain()
    {
        var s = Scenario.In(ReportPhase).ReadyToVote().OpenConsultation(ConsultationKind.ModificationReport);
        s.Refused(CbApprove, ActorRole.ChangeBoard, "has closed");
        s.CloseConsultation(ConsultationKind.ModificationReport).Vote(DecisionOutcome.Approve).State.ShouldBe(Approved);
    }

    [Fact]
    public void Vote_OnPath2_IsARecommendationAwaitingTheAuthority()
    {
        var s = Scenario.In(AwaitingAuthorityDecision);
        s.M.Path.ShouldBe(ModificationPath.AuthorityDetermination);
        s.M.Stage.ShouldBe(Stage.Opine);
        var d = s.M.LatestDecision.ShouldNotBeNull();
        d.IsFinal.ShouldBeFalse();
        d.IsSelfGovernance.ShouldBeFalse();
    }

    [Fact]
    public void Vote_SendBackByTheChangeBoard_Refused() =>
        Scenario.In(ReportPhase).ReadyToVote().Refused(new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.SendBack),
            ActorRole.ChangeBoard, "Only the Authority sends a Modification Report back.");

    [Fact]
    public void Vote_OnAFastTrack_RefusedForTheChangeBoard() =>
        Scenario.Draft(raisedByPanel: true).Convert(ModificationPath.SelfGovernance, ModificationRoute.ReportPhase, fastTrack: true)
            .ReadyToVote().Refused(CbApprove, ActorRole.ChangeBoard, "decided by the Panel, not the Change Board");

    [Fact]
    public void PanelDecision_OnANonFastTrack_Refused() =>
        Scenario.In(ReportPhase).ReadyToVote().Refused(new DecisionRecorded(DecidingBody.Panel, DecisionOutcome.Approve), ActorRole.Panel,
            "The Panel decides only Fast-Track Modifications");

    [Fact]
    public void PanelDecision_SendBack_Refused() =>
        Scenario.Draft(raisedByPanel: true).Convert(ModificationPath.SelfGovernance, ModificationRoute.ReportPhase, fastTrack: true)
            .Refused(new DecisionRecorded(DecidingBody.Panel, DecisionOutcome.SendBack), ActorRole.Panel, "Only the Authority sends");

    [Fact]
    public void AuthorityDecision_BeforeARecommendation_Refused() =>
        Scenario.Draft().ReadyToConvert(ModificationRoute.ReportPhase)
            .Convert(ModificationPath.AuthorityDetermination, ModificationRoute.ReportPhase).ReadyToVote()
            .Refused(new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Approve), ActorRole.Authority, "it is not the time to record the Authority's decision");

    [Theory]
    [InlineData(DecisionOutcome.Approve, Approved)]
    [InlineData(DecisionOutcome.Reject, Rejected)]
    public void AuthorityDecision_AfterRecommendation_IsFinalAndNotSelfGovernance(DecisionOutcome outcome, ModificationState after)
    {
        var s = Scenario.In(AwaitingAuthorityDecision).Take(new DecisionRecorded(DecidingBody.Authority, outcome), ActorRole.Authority);
        s.State.ShouldBe(after);
        s.M.LatestDecision!.IsFinal.ShouldBeTrue();
        s.M.LatestDecision.IsSelfGovernance.ShouldBeFalse();
        s.M.Decisions.Count.ShouldBe(2);
    }

    [Fact]
    public void AuthoritySendBack_ReturnsToReportPhaseAndNeedsANewReportAndConsultation()
    {
        var s = Scenario.In(AwaitingAuthorityDecision).Take(new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.SendBack), ActorRole.Authority);
        s.State.ShouldBe(ReportPhase);
        s.M.ModificationReportApproved.ShouldBeFalse();
        s.M.ModificationReportConsultationClosed.ShouldBeFalse();
        s.M.LatestDecision!.IsFinal.ShouldBeFalse();
        s.Refused(CbApprove, ActorRole.ChangeBoard, "has closed");
        s.Refused(new ConsultationOpened(ConsultationKind.ModificationReport, D(2020, 12, 1)), ActorRole.Secas, "has not approved the Modification Report");
        s.ReadyToVote().Vote(DecisionOutcome.Approve).State.ShouldBe(AwaitingAuthorityDecision);
    }

    [Fact]
    public void Refer_OfAnAuthorityDecision_Refused() =>
        Scenario.In(AwaitingAuthorityDecision).Take(new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Reject), ActorRole.Authority)
            .Refused(new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, "Only a Self-Governance decision can be referred");

    [Fact]
    public void Appeal_OfAnAuthorityApproval_Refused() =>
        Scenario.In(AwaitingAuthorityDecision).Take(new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Approve), ActorRole.Authority)
            .Refused(new DecisionChallenged(DecidingBody.Authority), ActorRole.Party, "Only a Self-Governance decision");

    [Fact]
    public void Refer_BeforeADecision_RefusedByTheTable() =>
        Scenario.In(ReportPhase).Refused(new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, "it is not the time to refer the decision to the Panel");

    // Decision Thu 10 Dec 2020: 15 WD skips 25 and 28 Dec 2020 and 1 Jan 2021, so the window closes Tue 5 Jan 2021.
    private static Scenario DecidedOn10Dec2020(DecisionOutcome outcome = DecisionOutcome.Approve) =>
        Scenario.In(ReportPhase).ReadyToVote().Vote(outcome, D(2020, 12, 10));

    [Fact]
    public void ChallengeWindowCloses_Decision10Dec2020_Is5Jan2021()
    {
        var s = DecidedOn10Dec2020();
        s.Process.ChallengeWindowCloses(s.M, DecidingBody.Panel).ShouldBe(D(2021, 1, 5));
        s.Process.ChallengeWindowCloses(s.M, DecidingBody.Authority).ShouldBe(D(2021, 1, 5));
    }

    [Fact]
    public void ChallengeWindowCloses_ForARecommendationOrBeforeADecision_IsNull()
    {
        var s = Scenario.In(AwaitingAuthorityDecision);
        s.Process.ChallengeWindowCloses(s.M, DecidingBody.Panel).ShouldBeNull();
        var r = Scenario.In(ReportPhase);
        r.Process.ChallengeWindowCloses(r.M, DecidingBody.Authority).ShouldBeNull();
    }

    [Theory]
    [InlineData(DecidingBody.Panel, ReferredToPanel)]
    [InlineData(DecidingBody.Authority, UnderAppeal)]
    public void Challenge_OnTheLastDayOfTheWindow_Allowed(DecidingBody to, ModificationState after)
    {
        var s = DecidedOn10Dec2020().Take(new DecisionChallenged(to, "Party X"), ActorRole.Party, D(2021, 1, 5));
        s.State.ShouldBe(after);
        s.M.Stage.ShouldBe(Stage.Opine);
        s.M.Challenges.Single().RaisedBy.ShouldBe("Party X");
    }

    [Theory]
    [InlineData(DecidingBody.Panel, "The window to refer the decision of 10 Dec 2020 closed on 5 Jan 2021 (15 Working Days).")]
    [InlineData(DecidingBody.Authority, "The window to appeal the decision of 10 Dec 2020 closed on 5 Jan 2021 (15 Working Days).")]
    public void Challenge_TheDayAfterTheWindow_Refused(DecidingBody to, string message) =>
        DecidedOn10Dec2020().Refused(new DecisionChallenged(to), ActorRole.Party, message, on: D(2021, 1, 6));

    [Fact]
    public void Refer_OfASelfGovernanceRejection_ReopensIt()
    {
        var s = DecidedOn10Dec2020(DecisionOutcome.Reject);
        s.M.ClosedOn.ShouldBe(D(2020, 12, 10));
        s.Take(new DecisionChallenged(DecidingBody.Panel), ActorRole.Proposer, D(2020, 12, 11));
        s.State.ShouldBe(ReferredToPanel);
        s.M.ClosedOn.ShouldBeNull();
    }

    [Fact]
    public void Refer_WithALongerConfiguredWindow_AllowedLater()
    {
        var s = Scenario.Draft(rules: CodeRules.Sec with { ReferralWindowWorkingDays = 20 }).ReadyToConvert().Convert().ToReportPhase()
            .ReadyToVote().Vote(DecisionOutcome.Approve, D(2020, 12, 10));
        s.Take(new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, D(2021, 1, 6)).State.ShouldBe(ReferredToPanel);
    }

    [Fact]
    public void Determine_ReferralByTheAuthority_Refused() =>
        Scenario.In(ReferredToPanel).Refused(new ChallengeDetermined(DecisionOutcome.Approve), ActorRole.Authority,
            "A referral is determined by the Panel, not by Authority.");

    [Fact]
    public void Determine_AppealByThePanel_Refused() =>
        Scenario.In(UnderAppeal).Refused(new ChallengeDetermined(DecisionOutcome.Approve), ActorRole.Panel,
            "An appeal is determined by the Authority, not by Panel.");

    [Fact]
    public void Determine_AppealByTheAuthority_RecordsTheOutcomeAndDecision()
    {
        var s = Scenario.In(UnderAppeal).Take(new ChallengeDetermined(DecisionOutcome.Reject), ActorRole.Authority);
        s.State.ShouldBe(Rejected);
        var ch = s.M.Challenges.Single();
        ch.Outcome.ShouldBe(DecisionOutcome.Reject);
        ch.DeterminedOn.ShouldBe(s.M.LastEventOn);
        s.M.LatestDecision!.Body.ShouldBe(DecidingBody.Authority);
        s.M.LatestDecision.IsFinal.ShouldBeTrue();
    }

    [Fact]
    public void Determine_SendBack_ReturnsToReportPhase()
    {
        var s = Scenario.In(ReferredToPanel).Take(new ChallengeDetermined(DecisionOutcome.SendBack), ActorRole.Panel);
        s.State.ShouldBe(ReportPhase);
        s.M.ModificationReportApproved.ShouldBeFalse();
    }

    [Fact]
    public void Refer_SameDecisionAgainTheSameDay_RefusedAsAlreadyReferred()
    {
        var s = DecidedOn10Dec2020().Take(new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, D(2020, 12, 10))
            .Take(new ChallengeDetermined(DecisionOutcome.Approve), ActorRole.Panel, D(2020, 12, 10));
        s.Refused(new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, "has already been referred to the Panel", on: D(2020, 12, 10));
    }

    [Fact]
    public void Refer_AfterThePanelDeterminedAReferral_Refused()
    {
        var s = DecidedOn10Dec2020().Take(new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, D(2020, 12, 11))
            .Take(new ChallengeDetermined(DecisionOutcome.Approve), ActorRole.Panel, D(2020, 12, 14));
        s.Refused(new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, "already been referred", on: D(2020, 12, 15));
    }
}
