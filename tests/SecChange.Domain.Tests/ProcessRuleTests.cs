using NodaTime;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Testing;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>Rules on every step (order, today) and on conversion, routing, withdrawal, history and upkeep.</summary>
public class ProcessRuleTests
{
    private static readonly ConvertedToModificationProposal ConvertPath3 =
        new(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess);

    [Fact]
    public void Take_WhenDatedBeforeTheLastEvent_RefusedAsReordering()
    {
        var s = Scenario.Draft(D(2020, 1, 10));
        s.Refused(new CscOutcomeRecorded(CscOutcome.Noted), ActorRole.ChangeSubCommittee, "would reorder its history", on: D(2020, 1, 9))
            .Message.ShouldContain("latest event is dated 10 Jan 2020");
    }

    [Fact]
    public void Take_WhenDatedTheSameDayAsTheLastEvent_Allowed()
    {
        var s = Scenario.Draft(D(2020, 1, 10));
        s.Take(new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess), ActorRole.ChangeSubCommittee, D(2020, 1, 10));
        s.Take(ConvertPath3, ActorRole.Panel, D(2020, 1, 10));
        s.State.ShouldBe(Refinement);
        s.M.Events.Select(e => e.Sequence).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Take_WhenDatedAfterToday_Refused() =>
        Scenario.Draft().Refused(new CscOutcomeRecorded(CscOutcome.Noted), ActorRole.ChangeSubCommittee, "is in the future", on: Today.PlusDays(1));

    [Fact]
    public void Take_WhenDatedToday_Allowed()
    {
        var s = Scenario.Draft().Take(new CscOutcomeRecorded(CscOutcome.Noted), ActorRole.ChangeSubCommittee, Today);
        s.M.LastEventOn.ShouldBe(Today);
    }

    [Fact]
    public void Create_WhenDatedAfterToday_Refused() =>
        ShouldBeBroken(() => Scenario.Draft(Today.PlusDays(1)), "is in the future");

    [Fact]
    public void Take_TodayIsTheLondonDate_NotTheUtcDate()
    {
        // 23:30 UTC on 30 Jun 2026 is already 1 Jul in London (BST).
        var clock = new FixedClock(Instant.FromUtc(2026, 6, 30, 23, 30));
        var process = new ModificationProcess(CodeRules.Sec, ShippedCalendar, clock);
        process.Today.ShouldBe(D(2026, 7, 1));
        var m = process.Create(ModificationId.Parse("DP300"),
            new DraftProposalRaised("t", "p", null, null, Classification.White), D(2026, 7, 1), As(ActorRole.Proposer));
        m.RaisedOn.ShouldBe(D(2026, 7, 1));
        ShouldBeBroken(() => process.Take(m, new CscOutcomeRecorded(CscOutcome.Noted), D(2026, 7, 2), As(ActorRole.Secas)), "in the future");
    }

    [Fact]
    public void Take_RecordsTheEventWithSequenceDateActorReasonAndClockTime()
    {
        var s = Scenario.Draft();
        var e = s.Process.Take(s.M, new Withdrawn(), D(2020, 2, 3), As(ActorRole.Proposer), "Superseded by DP110");
        e.Sequence.ShouldBe(2);
        e.OccurredOn.ShouldBe(D(2020, 2, 3));
        e.Reason.ShouldBe("Superseded by DP110");
        e.By.Role.ShouldBe(ActorRole.Proposer);
        e.RecordedAt.ShouldBe(Instant.FromUtc(2026, 11, 21, 12, 0));
        s.M.Events[^1].ShouldBeSameAs(e);
    }

    [Fact]
    public void Convert_WithoutCscReadyToConvert_Refused() =>
        Scenario.Draft().Refused(ConvertPath3, ActorRole.Panel, "has no CSC recommendation to convert");

    [Fact]
    public void Convert_AfterCscSentItBackForFurtherDevelopment_Refused()
    {
        var s = Scenario.Draft().ReadyToConvert()
            .Take(new CscOutcomeRecorded(CscOutcome.FurtherDevelopmentRequired), ActorRole.ChangeSubCommittee);
        s.State.ShouldBe(Development);
        s.Refused(ConvertPath3, ActorRole.Panel, "record the Change Sub-Committee's Ready to Convert outcome first");
    }

    [Fact]
    public void Convert_AfterCscReadyToConvert_BecomesAModificationProposal()
    {
        var s = Scenario.Draft().ReadyToConvert();
        s.M.Reference.ShouldBe("DP105");
        s.Convert();
        s.M.Reference.ShouldBe("MP105");
        s.M.Converted.ShouldBeTrue();
        s.M.Path.ShouldBe(ModificationPath.SelfGovernance);
        s.M.Route.ShouldBe(ModificationRoute.RefinementProcess);
    }

    [Fact]
    public void Convert_WhenCodeRulesDoNotRequireTheCsc_AllowedFromDevelopment()
    {
        var s = Scenario.Draft(rules: CodeRules.Sec with { ConversionRequiresCscRecommendation = false });
        s.Convert().State.ShouldBe(Refinement);
    }

    [Theory]
    [InlineData(ModificationPath.None, ModificationRoute.RefinementProcess)]
    [InlineData(ModificationPath.SelfGovernance, ModificationRoute.None)]
    public void Convert_WithoutPathOrRoute_Refused(ModificationPath path, ModificationRoute route) =>
        Scenario.Draft().ReadyToConvert().Refused(new ConvertedToModificationProposal(path, route), ActorRole.Panel, "needs a Path (1, 2 or 3) and a route");

    [Fact]
    public void CscOutcome_ReadyToConvertWithoutRoute_Refused() =>
        Scenario.Draft().Refused(new CscOutcomeRecorded(CscOutcome.ReadyToConvert), ActorRole.ChangeSubCommittee, "must recommend a route");

    [Fact]
    public void CscOutcome_Noted_LeavesTheStateAndKeepsTheReview()
    {
        var s = Scenario.Draft().Take(new CscOutcomeRecorded(CscOutcome.Noted, Meeting: "CSC 10"), ActorRole.ChangeSubCommittee);
        s.State.ShouldBe(Development);
        s.M.CscReviews.Single().Meeting.ShouldBe("CSC 10");
    }

    [Fact]
    public void Convert_FastTrackWhenNotRaisedByThePanel_Refused() =>
        Scenario.Draft().ReadyToConvert(ModificationRoute.ReportPhase).Refused(
            new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.ReportPhase, FastTrack: true),
            ActorRole.Panel, "Only a proposal raised by the Panel can be a Fast-Track Modification.");

    [Fact]
    public void Convert_FastTrackRaisedByThePanel_AllowedWithoutCscAndGoesToReportPhase()
    {
        var s = Scenario.Draft(raisedByPanel: true).Convert(ModificationPath.SelfGovernance, ModificationRoute.ReportPhase, fastTrack: true);
        s.State.ShouldBe(ReportPhase);
        s.M.FastTrack.ShouldBeTrue();
    }

    [Fact]
    public void Convert_FastTrackIntoRefinement_Refused() =>
        Scenario.Draft(raisedByPanel: true).Refused(
            new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess, FastTrack: true),
            ActorRole.Panel, "never goes through the Refinement Process");

    [Fact]
    public void Route_FastTrackBackToRefinement_Refused() =>
        Scenario.Draft(raisedByPanel: true).Convert(ModificationPath.SelfGovernance, ModificationRoute.ReportPhase, fastTrack: true)
            .Refused(new RouteChanged(ModificationRoute.RefinementProcess), ActorRole.Panel, "never goes through the Refinement Process");

    [Fact]
    public void Route_ToTheSameRoute_Refused() =>
        Scenario.In(Refinement).Refused(new RouteChanged(ModificationRoute.RefinementProcess), ActorRole.Panel, "is already in the Refinement Process");

    [Fact]
    public void Route_BackFromReportPhaseToRefinement_Allowed()
    {
        var s = Scenario.In(ReportPhase).Take(new RouteChanged(ModificationRoute.RefinementProcess), ActorRole.Panel);
        s.State.ShouldBe(Refinement);
        s.M.Route.ShouldBe(ModificationRoute.RefinementProcess);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Withdraw_WithoutAReason_Refused(string? reason) =>
        Scenario.In(Refinement).Refused(new Withdrawn(), ActorRole.Proposer, "needs the Proposer's reason", reason: reason);

    [Theory]
    [InlineData(Approved)]
    [InlineData(Rejected)]
    [InlineData(ReferredToPanel)]
    [InlineData(Implemented)]
    public void Withdraw_AfterADecision_Refused(ModificationState state) =>
        Scenario.In(state).Refused(new Withdrawn(), ActorRole.Proposer, "it is not the time to withdraw it", reason: "Too late");

    [Fact]
    public void Withdraw_WithAReason_ClosesAndKeepsTheReason()
    {
        var s = Scenario.In(ReportPhase).Take(new Withdrawn(), ActorRole.Proposer, reason: "Superseded");
        s.State.ShouldBe(ModificationState.Withdrawn);
        s.M.Events[^1].Reason.ShouldBe("Superseded");
        s.M.ClosedOn.ShouldBe(s.M.LastEventOn);
    }

    [Fact]
    public void HistoryObserved_OnAModificationRecordedStepByStep_Refused() =>
        Scenario.In(Refinement).Refused(new HistoryObserved(ReportPhase, "CSR"), ActorRole.Secas, "record the step itself, not a history observation");

    [Fact]
    public void HistoryObserved_WithoutASource_Refused() =>
        Scenario.FromHistory(Refinement).Refused(new HistoryObserved(ReportPhase, " "), ActorRole.Secas, "history observation");

    [Fact]
    public void HistoryObserved_OnAModificationEnteredFromHistory_MovesItsState()
    {
        var s = Scenario.FromHistory(Refinement);
        s.M.EnteredFromHistory.ShouldBeTrue();
        s.Take(new HistoryObserved(Implemented, "CSR November 2020"), ActorRole.Secas);
        s.State.ShouldBe(Implemented);
        s.M.ClosedOn.ShouldBe(s.M.LastEventOn);
    }

    [Fact]
    public void Classify_ToTheSameClassification_Refused() =>
        Scenario.Draft().Refused(new ClassificationChanged(Classification.White), ActorRole.Secas, "is already WHITE");

    [Fact]
    public void Classify_ToNone_Refused() =>
        Scenario.Draft().Refused(new ClassificationChanged(Classification.None), ActorRole.Secas, "already");

    [Fact]
    public void Amend_WithNoField_Refused() =>
        Scenario.Draft().Refused(new DetailsAmended(), ActorRole.Secas, "Nothing to amend");

    [Fact]
    public void Amend_OneField_ChangesOnlyThatField()
    {
        var s = Scenario.Draft().Take(new DetailsAmended { LeadTimeMonths = 9, DuisImpact = true }, ActorRole.Secas);
        s.M.LeadTimeMonths.ShouldBe(9);
        s.M.DuisImpact.ShouldBeTrue();
        s.M.Title.ShouldBe("Retry SR 11.3");
    }

    [Fact]
    public void Create_AlternativeWithTheWrongParent_RefusedAsInvalid()
    {
        var process = NewProcess();
        ShouldBeInvalid(() => process.Create(ModificationId.Parse("MP106A"),
            new AlternativeRaised(ModificationId.Parse("MP105"), "Alt", "Bob", null), D(2020, 6, 1), As(ActorRole.WorkingGroup)),
            "is not an alternative of MP105");
        var alt = process.Create(ModificationId.Parse("MP105A"),
            new AlternativeRaised(ModificationId.Parse("MP105"), "Alt", "Bob", null), D(2020, 6, 1), As(ActorRole.WorkingGroup));
        alt.Parent.ShouldBe(ModificationId.Parse("MP105"));
        alt.State.ShouldBe(Refinement);
        alt.Reference.ShouldBe("MP105A");
    }

    [Fact]
    public void Create_DraftWithAnAlternativeNumber_RefusedAsInvalid() =>
        ShouldBeInvalid(() => NewProcess().Create(ModificationId.Parse("DP105A"),
            new DraftProposalRaised("t", "p", null, null, Classification.White), D(2020, 1, 2), As(ActorRole.Proposer)), "is an alternative");

    [Fact]
    public void Create_DraftByTheDcc_AllowedButNotByTheAuthority()
    {
        NewProcess().Create(ModificationId.Parse("DP1"), new DraftProposalRaised("t", "p", null, null, Classification.White),
            D(2020, 1, 2), As(ActorRole.Dcc)).State.ShouldBe(Development);
        ShouldBeBroken(() => NewProcess().Create(ModificationId.Parse("DP1"), new DraftProposalRaised("t", "p", null, null, Classification.White),
            D(2020, 1, 2), As(ActorRole.Authority)), "may raise a Draft Proposal, not Authority.");
    }

    [Fact]
    public void Create_DraftWithoutClassification_RefusedAsInvalid() =>
        ShouldBeInvalid(() => NewProcess().Create(ModificationId.Parse("DP1"), new DraftProposalRaised("t", "p", null, null, Classification.None),
            D(2020, 1, 2), As(ActorRole.Proposer)), "needs a classification");

    [Fact]
    public void Alternative_LinkingItsOwnAlternative_Recorded()
    {
        var s = Scenario.In(Refinement).Take(new AlternativeLinked(ModificationId.Parse("MP105A")), ActorRole.WorkingGroup);
        s.M.Alternatives.ShouldBe([ModificationId.Parse("MP105A")]);
    }

    [Theory]
    [InlineData("MP106A")]
    [InlineData("MP105")]
    public void Alternative_LinkingAnIdThatIsNotOneOfItsAlternatives_Refused(string id) =>
        Scenario.In(Refinement).Refused(new AlternativeLinked(ModificationId.Parse(id)), ActorRole.Secas, "alternative");

    [Fact]
    public void Create_FromHistory_NeedsSecasSourceAndState()
    {
        var process = NewProcess();
        ShouldBeBroken(() => process.Create(ModificationId.Parse("SECMP0007"), new HistoryBaselined("t", Refinement, "CSR"), D(2020, 7, 7),
            As(ActorRole.Panel)), "may enter a modification from history, not SEC Panel.");
        ShouldBeInvalid(() => process.Create(ModificationId.Parse("SECMP0007"), new HistoryBaselined("t", Refinement, " "), D(2020, 7, 7),
            As(ActorRole.Secas)), "needs its source");
        ShouldBeInvalid(() => process.Create(ModificationId.Parse("SECMP0007"), new HistoryBaselined("t", ModificationState.None, "CSR"), D(2020, 7, 7),
            As(ActorRole.Secas)), "needs the state it was in");
        var m = process.Create(ModificationId.Parse("SECMP0007"), new HistoryBaselined("t", Rejected, "CSR"), D(2020, 7, 7), As(ActorRole.Secas));
        m.ClosedOn.ShouldBe(D(2020, 7, 7));
        m.Reference.ShouldBe("SECMP0007");
        m.Converted.ShouldBeTrue();
    }

    [Fact]
    public void Create_WithAStepThatIsNotACreation_RefusedAsInvalid() =>
        ShouldBeInvalid(() => NewProcess().Create(ModificationId.Parse("DP1"), new Withdrawn(), D(2020, 1, 2), As(ActorRole.Proposer)),
            "cannot start a modification");
}
