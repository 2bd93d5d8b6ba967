using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class TransitionTableTests
{
    /// <summary>For every step: a real history that reaches a state it is allowed from, a valid change and who takes it.</summary>
    private sealed record StepCase(Func<Scenario> Setup, ModificationChange Change, ActorRole Role, string? Reason, ModificationState After);

    private static readonly Dictionary<string, StepCase> Cases = new()
    {
        ["csc-outcome"] = new(() => Scenario.In(Development),
            new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess), ActorRole.ChangeSubCommittee, null, AwaitingConversion),
        ["convert"] = new(() => Scenario.In(AwaitingConversion),
            new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess), ActorRole.Panel, null, Refinement),
        ["route"] = new(() => Scenario.In(Refinement), new RouteChanged(ModificationRoute.ReportPhase), ActorRole.Panel, null, ReportPhase),
        ["wg-meeting"] = new(() => Scenario.In(Refinement), new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.Monthly), ActorRole.WorkingGroup, null, Refinement),
        ["recommend"] = new(() => Scenario.In(Refinement), new ProgressionRecommended(ModificationRoute.ReportPhase), ActorRole.Secas, null, Refinement),
        ["consultation plan"] = new(() => Scenario.In(Refinement),
            new ConsultationPlanned(ConsultationKind.Refinement, D(2020, 8, 10)), ActorRole.Secas, null, Refinement),
        ["assessment request"] = new(() => Scenario.In(Refinement),
            new AssessmentRequested("PA1", AssessmentKind.Preliminary, 15), ActorRole.Secas, null, Refinement),
        ["assessment defer"] = new(() => Scenario.In(Refinement), new ImpactAssessmentRequestDeferred(), ActorRole.ChangeBoard, null, Refinement),
        ["assessment accept"] = new(() => Scenario.In(Refinement).RequestPa(), new AssessmentAccepted("PA1"), ActorRole.Dcc, null, Refinement),
        ["assessment return"] = new(() => Scenario.In(Refinement).RequestPa().Accept(), new AssessmentReturned("PA1"), ActorRole.Dcc, null, Refinement),
        ["assessment pause"] = new(() => Scenario.In(Refinement).RequestPa().Accept(), new AssessmentPaused("PA1"), ActorRole.Dcc, null, Refinement),
        ["assessment resume"] = new(() => Scenario.In(Refinement).RequestPa().Accept().Take(new AssessmentPaused("PA1"), ActorRole.Dcc),
            new AssessmentResumed("PA1"), ActorRole.Dcc, null, Refinement),
        ["assessment revise"] = new(() => Scenario.In(Refinement).RequestPa().Accept(),
            new AssessmentDateRevised("PA1", D(2020, 12, 31)), ActorRole.Dcc, "More analysis needed", Refinement),
        ["consultation open"] = new(() => Scenario.In(Refinement),
            new ConsultationOpened(ConsultationKind.Refinement, D(2020, 12, 31)), ActorRole.Secas, null, Refinement),
        ["consultation close"] = new(() => Scenario.In(Refinement).OpenConsultation(ConsultationKind.Refinement),
            new ConsultationClosed(ConsultationKind.Refinement), ActorRole.Secas, null, Refinement),
        ["consultation respond"] = new(() => Scenario.In(Refinement).OpenConsultation(ConsultationKind.Refinement),
            new ConsultationResponseReceived(ConsultationKind.Refinement, "E.ON", Parties.PartyCategory.LargeSupplier, []), ActorRole.Secas, null, Refinement),
        ["ballot cast"] = new(() => Scenario.In(ReportPhase).ReadyToVote(),
            new ChangeBoardVoteCast("P Saker", "P Saker", Voting.VotingGroup.LargeSuppliers, Voting.VotePosition.Approve), ActorRole.ChangeBoard, null, ReportPhase),
        ["report approve"] = new(() => Scenario.In(ReportPhase), new ModificationReportApproved(), ActorRole.ChangeSubCommittee, null, ReportPhase),
        ["vote"] = new(() => Scenario.In(ReportPhase).ReadyToVote(),
            new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve), ActorRole.ChangeBoard, null, Approved),
        ["panel-decision"] = new(() => Scenario.Draft(raisedByPanel: true)
                .Convert(ModificationPath.SelfGovernance, ModificationRoute.ReportPhase, fastTrack: true),
            new DecisionRecorded(DecidingBody.Panel, DecisionOutcome.Approve), ActorRole.Panel, null, Approved),
        ["authority-decision"] = new(() => Scenario.In(AwaitingAuthorityDecision),
            new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Reject), ActorRole.Authority, null, Rejected),
        ["refer"] = new(() => Scenario.In(Approved), new DecisionChallenged(DecidingBody.Panel), ActorRole.Party, null, ReferredToPanel),
        ["appeal"] = new(() => Scenario.In(Rejected), new DecisionChallenged(DecidingBody.Authority), ActorRole.Proposer, null, UnderAppeal),
        ["determine"] = new(() => Scenario.In(ReferredToPanel), new ChallengeDetermined(DecisionOutcome.Reject), ActorRole.Panel, null, Rejected),
        ["withdraw"] = new(() => Scenario.In(Refinement), new Withdrawn(), ActorRole.Proposer, "No longer needed", ModificationState.Withdrawn),
        ["release target"] = new(() => Scenario.In(Refinement), new ReleaseTargeted("2021-11"), ActorRole.Secas, null, Refinement),
        ["release approve"] = new(() => Scenario.In(Approved), new ReleaseApproved("2021-11"), ActorRole.Panel, null, Approved),
        ["release implement"] = new(() => Scenario.In(Approved).Take(new ReleaseApproved("2021-11"), ActorRole.Panel),
            new ReleaseImplemented("2021-11"), ActorRole.Dcc, null, Implemented),
        ["amend"] = new(() => Scenario.In(Refinement), new DetailsAmended { Solution = "Retry once" }, ActorRole.Secas, null, Refinement),
        ["classify"] = new(() => Scenario.In(Development), new ClassificationChanged(Classification.Green), ActorRole.Secas, null, Development),
        ["history"] = new(() => Scenario.FromHistory(Refinement),
            new HistoryObserved(ReportPhase, "Change Status Report August 2020"), ActorRole.Secas, null, ReportPhase),
        ["alternative"] = new(() => Scenario.In(Refinement), new AlternativeLinked(ModificationId.Parse("MP105A")), ActorRole.WorkingGroup, null, Refinement),
    };

    public static TheoryData<string> StepNames => new(TransitionTable.Steps.Select(s => s.Name));

    public static TheoryData<ModificationState> States => new(Scenario.AllStates);

    public static TheoryData<ModificationState> OpenStates => new(Scenario.AllStates.Where(s => !s.IsClosed()));

    [Fact]
    public void Steps_EveryStepHasACase_AndNamesAreUnique()
    {
        TransitionTable.Steps.Select(s => s.Name).ShouldBeUnique();
        TransitionTable.Steps.Select(s => s.Name).OrderBy(n => n).ShouldBe(Cases.Keys.OrderBy(n => n));
    }

    [Theory]
    [MemberData(nameof(StepNames))]
    public void Take_EachStepFromAReachableAllowedState_SucceedsAndMovesAsExpected(string name)
    {
        var c = Cases[name];
        var s = c.Setup();
        TransitionTable.Get(name).From.ShouldContain(s.State);
        var version = s.M.Version;
        s.Take(c.Change, c.Role, reason: c.Reason);
        s.State.ShouldBe(c.After);
        s.M.Version.ShouldBe(version + 1);
        s.M.Events[^1].Change.ShouldBe(c.Change);
        TransitionTable.StepFor(c.Change).Name.ShouldBe(name);
    }

    [Theory]
    [MemberData(nameof(States))]
    public void In_EveryState_IsReachableFromANewDraftOrHistory(ModificationState state) =>
        Scenario.In(state).State.ShouldBe(state);

    [Theory]
    [InlineData(Development)]
    [InlineData(AwaitingConversion)]
    [InlineData(Refinement)]
    [InlineData(ReportPhase)]
    [InlineData(AwaitingAuthorityDecision)]
    public void Withdraw_FromEveryPreDecisionState_ClosesTheModification(ModificationState state)
    {
        var s = Scenario.In(state).Take(new Withdrawn(), ActorRole.Proposer, reason: "Superseded");
        s.State.ShouldBe(ModificationState.Withdrawn);
        s.M.Stage.ShouldBe(Stage.Closed);
        s.M.ClosedOn.ShouldBe(s.M.LastEventOn);
    }

    [Theory]
    [InlineData(ReferredToPanel)]
    [InlineData(UnderAppeal)]
    public void Determine_FromAChallenge_CanClose(ModificationState state)
    {
        var s = Scenario.In(state);
        s.Take(new ChallengeDetermined(DecisionOutcome.Reject), state == ReferredToPanel ? ActorRole.Panel : ActorRole.Authority);
        s.State.ShouldBe(Rejected);
        s.State.IsClosed().ShouldBeTrue();
    }

    [Fact]
    public void ReleaseImplement_FromApproved_Closes() =>
        Scenario.In(Implemented).M.Stage.ShouldBe(Stage.Closed);

    [Fact]
    public void States_ClosedOnesAreRejectedWithdrawnAndImplemented() =>
        Scenario.AllStates.Where(s => s.IsClosed()).ShouldBe([Rejected, ModificationState.Withdrawn, Implemented], ignoreOrder: true);

    [Theory]
    [MemberData(nameof(OpenStates))]
    public void AllowedFrom_EveryOpenState_OffersAStepThatLeavesIt(ModificationState state)
    {
        string[] leaving = ["csc-outcome", "convert", "route", "vote", "panel-decision", "authority-decision", "refer", "appeal",
            "determine", "withdraw", "release implement"];
        TransitionTable.AllowedFrom(state).Select(s => s.Name).Intersect(leaving).ShouldNotBeEmpty();
    }

    [Fact]
    public void AllowedFrom_Withdrawn_OnlyHistory() =>
        TransitionTable.AllowedFrom(ModificationState.Withdrawn).Select(s => s.Name).ShouldBe(["history"]);

    [Fact]
    public void AllowedFrom_Implemented_OnlyHistory() =>
        TransitionTable.AllowedFrom(Implemented).Select(s => s.Name).ShouldBe(["history"]);

    [Fact]
    public void AllowedFrom_Rejected_OnlyReferAppealAndHistory() =>
        TransitionTable.AllowedFrom(Rejected).Select(s => s.Name).ShouldBe(["refer", "appeal", "history"], ignoreOrder: true);

    [Fact]
    public void AllowedFrom_Development_IsTheDefineStageSteps() =>
        TransitionTable.AllowedFrom(Development).Select(s => s.Name).ShouldBe(
            ["csc-outcome", "convert", "assessment accept", "assessment return", "assessment pause", "assessment resume",
             "assessment revise", "consultation respond", "withdraw", "release target", "amend", "classify", "history"], ignoreOrder: true);

    [Fact]
    public void AllowedFrom_Approved_IsReleaseChallengeAndUpkeep() =>
        TransitionTable.AllowedFrom(Approved).Select(s => s.Name).ShouldBe(
            ["assessment accept", "assessment return", "assessment pause", "assessment resume", "assessment revise", "refer", "appeal",
             "release target", "release approve", "release implement", "amend", "classify", "history"], ignoreOrder: true);

    [Fact]
    public void History_IsAllowedFromEveryState() =>
        TransitionTable.Get("history").From.ShouldBe(Scenario.AllStates, ignoreOrder: true);

    [Theory]
    [MemberData(nameof(StepNames))]
    public void Take_FromAStateNotInItsFromSet_RefusedNamingTheAllowedNextSteps(string name)
    {
        var step = TransitionTable.Get(name);
        var wrong = Scenario.AllStates.Where(s => !step.From.Contains(s)).ToList();
        if (name == "history")
        {
            wrong.ShouldBeEmpty();
            return;
        }

        wrong.ShouldNotBeEmpty();
        foreach (var state in wrong)
        {
            var s = Scenario.In(state);
            var c = Cases[name];
            var ex = s.Refused(c.Change, step.Roles[0], $"it is not the time to {step.Action}. Allowed next: ", reason: c.Reason);
            var allowed = TransitionTable.AllowedFor(s.M).Select(x => x.Action).ToList();
            ex.Message.ShouldEndWith(allowed.Count == 0 ? "nothing (the modification is closed)." : string.Join("; ", allowed) + ".");
            ex.Message.ShouldStartWith(s.M.Reference);
            ex.Message.ShouldNotContain($"'{name}'"); // process words, not a host's command name
        }
    }

    [Fact]
    public void Take_ConvertOnAClosedDraft_MessageSaysOnlyHistory()
    {
        var s = Scenario.In(ModificationState.Withdrawn);
        var ex = s.Refused(new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess),
            ActorRole.Panel, "DP105 is withdrawn: it is not the time to convert it to a Modification Proposal.");
        ex.Message.ShouldEndWith("Allowed next: nothing (the modification is closed).");
    }

    [Theory]
    [MemberData(nameof(StepNames))]
    public void Take_ByARoleNotInItsRoles_Refused(string name)
    {
        var step = TransitionTable.Get(name);
        var c = Cases[name];
        foreach (var role in Enum.GetValues<ActorRole>().Where(r => r != ActorRole.None && !step.Roles.Contains(r)))
        {
            var s = c.Setup();
            s.Refused(c.Change, role, "Only ", reason: c.Reason).Message.ShouldEndWith($" may {step.Action}, not {role.Describe()}.");
        }
    }

    [Fact]
    public void Steps_OnlyTheProposerWithdraws_AndOnlyDccOrSecasRecordAssessmentProgress()
    {
        TransitionTable.Get("withdraw").Roles.ShouldBe([ActorRole.Proposer]);
        TransitionTable.Get("assessment accept").Roles.ShouldBe([ActorRole.Dcc, ActorRole.Secas], ignoreOrder: true);
        TransitionTable.Get("convert").Roles.ShouldBe([ActorRole.Panel]);
    }

    [Fact]
    public void Always_EveryStepChecksOrderAndToday() =>
        TransitionTable.Always.Select(r => r.Name).ShouldBe(["EventsAreNeverReordered", "NothingIsRecordedAheadOfToday"]);

    [Fact]
    public void StepFor_CreationEvents_AreNotSteps() =>
        Should.Throw<ArgumentException>(() => TransitionTable.StepFor(
            new DraftProposalRaised("t", "p", null, null, Classification.White)));
}
