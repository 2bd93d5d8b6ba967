using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>
/// A modification as it stood at the end of a day: MP105's timetable from its draft Modification Report
/// (seed 004), cut at dates between its steps.
/// </summary>
public class AsAtTests
{
    /// <summary>DP105 raised 18 Dec 2019, CSC 2 Jan 2020, converted 17 Jan 2020, PA1 requested 6 Apr and returned 4 May 2020.</summary>
    private static Modification Mp105()
    {
        var s = Scenario.Draft(D(2019, 12, 18))
            .Take(new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess), ActorRole.ChangeSubCommittee, D(2020, 1, 2))
            .Take(new ConvertedToModificationProposal(ModificationPath.SelfGovernance, ModificationRoute.RefinementProcess), ActorRole.Panel, D(2020, 1, 17))
            .Take(new AssessmentRequested("PA1", AssessmentKind.Preliminary, 15), ActorRole.Secas, D(2020, 4, 6))
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 4, 6))
            .Take(new AssessmentReturned("PA1"), ActorRole.Dcc, D(2020, 5, 4));
        return s.M;
    }

    [Fact]
    public void AsAt_WhenBeforeItsFirstEvent_IsNull()
    {
        Mp105().AsAt(D(2019, 12, 17)).ShouldBeNull();
    }

    [Fact]
    public void AsAt_WhenOnItsFirstEvent_HoldsOnlyThatEvent()
    {
        var then = Mp105().AsAt(D(2019, 12, 18))!;

        then.Version.ShouldBe(1);
        (then.Reference, then.State).ShouldBe(("DP105", ModificationState.Development));
    }

    [Fact]
    public void AsAt_WhenBeforeConversion_IsTheDraftProposalAwaitingThePanel()
    {
        var then = Mp105().AsAt(D(2020, 1, 16))!;

        (then.Reference, then.State, then.Path).ShouldBe(("DP105", ModificationState.AwaitingConversion, ModificationPath.None));
        then.LastEventOn.ShouldBe(D(2020, 1, 2));
    }

    [Fact]
    public void AsAt_WhenAssessmentReturnedLater_IsOpenWithItsDurationCountedToTheDate()
    {
        var pa1 = Mp105().AsAt(D(2020, 4, 30))!.FindAssessment("PA1")!;

        pa1.IsOpen.ShouldBeTrue();
        pa1.ReturnedOn.ShouldBeNull();
        pa1.DurationAsOf(ShippedCalendar, D(2020, 4, 30)).ShouldBe(16); // 7-9, 14-17 (10 and 13 Apr are Easter), 20-24, 27-30 Apr
    }

    [Fact]
    public void AsAt_WhenEveryEventIsEffective_IsTheModificationItself()
    {
        var mp105 = Mp105();

        mp105.AsAt(D(2020, 5, 4)).ShouldBeSameAs(mp105);
        mp105.AsAt(Today).ShouldBeSameAs(mp105);
    }

    [Fact]
    public void AsAt_WhenEventsWereRecordedYearsLater_CountsThemFromTheirEffectiveDates()
    {
        var mp105 = Mp105();
        mp105.Events.ShouldAllBe(e => e.RecordedAt.InUtc().Year == 2026);

        mp105.AsAt(D(2020, 1, 17))!.State.ShouldBe(ModificationState.Refinement);
    }

    [Fact]
    public void RaisedOn_WhenEnteredFromHistoryWithoutARaisedDate_IsNotKnownAndTheFirstDateIsKept()
    {
        var m = Scenario.FromHistory(ModificationState.Refinement, D(2020, 2, 6)).M;

        m.RaisedOn.ShouldBeNull();
        m.FirstKnownOn.ShouldBe(D(2020, 2, 6));
    }

    [Fact]
    public void RaisedOn_WhenTheDocumentGivesTheRaisedDate_IsThatDate()
    {
        // MP135: raised by the SSC on 10 Jul 2020 (seed 001), entered from history.
        var m = NewProcess().Create(ModificationId.Parse("MP135"),
            new HistoryBaselined("Correcting equivalence in Security Standards", ModificationState.Development, "Change Status Report, August 2020",
                RaisedOn: D(2020, 7, 10)),
            D(2020, 7, 10), As(ActorRole.Secas));

        (m.RaisedOn, m.FirstKnownOn).ShouldBe((D(2020, 7, 10), D(2020, 7, 10)));
    }

    [Fact]
    public void Create_WhenTheRaisedDateIsAfterTheBaseline_IsRefused()
    {
        ShouldBeInvalid(() => NewProcess().Create(ModificationId.Parse("MP135"),
            new HistoryBaselined("Correcting equivalence in Security Standards", ModificationState.Development, "Change Status Report, August 2020",
                RaisedOn: D(2020, 7, 11)),
            D(2020, 7, 10), As(ActorRole.Secas)), "after it is first known");
    }

    [Fact]
    public void RaisedOn_WhenRaisedAsADraftProposal_IsTheFirstKnownDate()
    {
        var m = Mp105();

        (m.RaisedOn, m.FirstKnownOn).ShouldBe((D(2019, 12, 18), D(2019, 12, 18)));
    }
}
