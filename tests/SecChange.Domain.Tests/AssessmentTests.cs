using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class AssessmentTests
{
    private static Scenario Refining() => Scenario.Draft(D(2020, 6, 1)).ReadyToConvert().Convert();

    [Fact]
    public void Request_ImpactAssessmentWithoutChangeBoardApproval_Refused() =>
        Refining().Refused(new AssessmentRequested("IA1", AssessmentKind.Impact, 40), ActorRole.ChangeBoard,
            "only after the Change Board approved its cost");

    [Fact]
    public void Request_ImpactAssessmentWithChangeBoardApproval_Recorded()
    {
        var s = Refining().Take(new AssessmentRequested("IA1", AssessmentKind.Impact, 40, D(2020, 6, 4)), ActorRole.ChangeBoard, D(2020, 6, 5));
        var ia = s.M.FindAssessment("IA1").ShouldNotBeNull();
        ia.ChangeBoardApprovedOn.ShouldBe(D(2020, 6, 4));
        ia.RequestedOn.ShouldBe(D(2020, 6, 5));
        ia.AcceptedOn.ShouldBeNull();
        s.M.NextAssessmentId(AssessmentKind.Impact).ShouldBe("IA2");
        s.M.NextAssessmentId(AssessmentKind.Preliminary).ShouldBe("PA1");
    }

    [Fact]
    public void Request_ImpactAssessmentWhenCodeRulesDoNotRequireApproval_Allowed() =>
        Scenario.Draft(D(2020, 6, 1), rules: CodeRules.Sec with { ImpactAssessmentRequiresChangeBoardApproval = false })
            .ReadyToConvert().Convert()
            .Take(new AssessmentRequested("IA1", AssessmentKind.Impact, 40), ActorRole.Secas)
            .M.Assessments.Count.ShouldBe(1);

    [Fact]
    public void Request_PreliminaryAssessment_NeedsNoChangeBoardApproval() =>
        Refining().RequestPa().M.FindAssessment("pa1")!.Kind.ShouldBe(AssessmentKind.Preliminary);

    [Theory]
    [InlineData("PA1")]
    [InlineData("pa1")]
    public void Request_WhenIdAlreadyUsed_Refused(string id) =>
        Refining().RequestPa().Refused(new AssessmentRequested(id, AssessmentKind.Preliminary, 15), ActorRole.Secas, "already has an assessment");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Request_WhenTargetNotPositive_Refused(int target) =>
        Refining().Refused(new AssessmentRequested("PA1", AssessmentKind.Preliminary, target), ActorRole.Secas, "at least 1 Working Day");

    [Fact]
    public void Request_OutsideRefinement_Refused() =>
        Scenario.In(ReportPhase).Refused(new AssessmentRequested("PA1", AssessmentKind.Preliminary, 15), ActorRole.Secas, "it is not the time to request a DCC assessment");

    [Fact]
    public void Accept_Twice_Refused() =>
        Refining().RequestPa().Accept().Refused(new AssessmentAccepted("PA1"), ActorRole.Dcc, "was already accepted on");

    [Fact]
    public void Accept_UnknownAssessment_IsNotFoundNamingTheKnownOnes() =>
        NotFound(Refining().RequestPa(), new AssessmentAccepted("PA2"), ActorRole.Dcc).Message.ShouldContain("has no assessment PA2; known: PA1");

    [Fact]
    public void Return_UnknownAssessment_IsNotFound() =>
        NotFound(Refining().RequestPa(), new AssessmentReturned("IA1"), ActorRole.Dcc).Message.ShouldContain("has no assessment IA1");

    [Fact]
    public void Accept_UnknownAssessmentOnAModificationEnteredFromHistory_CreatesIt()
    {
        var s = Scenario.FromHistory(Refinement).Take(new AssessmentAccepted("IA1", AssessmentKind.Impact, 40), ActorRole.Secas, D(2020, 7, 8));
        var ia = s.M.FindAssessment("IA1").ShouldNotBeNull();
        ia.RequestedOn.ShouldBeNull();
        ia.AcceptedOn.ShouldBe(D(2020, 7, 8));
        ia.TargetWorkingDays.ShouldBe(40);
    }

    [Fact]
    public void Accept_UnknownAssessmentWithoutKindOnHistory_IsNotFound() =>
        NotFound(Scenario.FromHistory(Refinement), new AssessmentAccepted("IA1"), ActorRole.Secas).Message.ShouldContain("has no assessment IA1; known: none");

    /// <summary>Naming an assessment that does not exist is "not found" (exit 3 in the CLI), and records nothing.</summary>
    private static DomainException NotFound(Scenario scenario, ModificationChange change, ActorRole role)
    {
        var version = scenario.M.Version;
        var ex = Should.Throw<DomainException>(() => scenario.Take(change, role));
        ex.Kind.ShouldBe(ErrorKind.NotFound);
        scenario.M.Version.ShouldBe(version);
        return ex;
    }

    [Fact]
    public void Return_BeforeAcceptance_Refused() =>
        Refining().RequestPa().Refused(new AssessmentReturned("PA1"), ActorRole.Dcc, "has not been accepted by the DCC yet");

    [Fact]
    public void Return_AfterAcceptance_ClosesTheAssessment()
    {
        var s = Refining().RequestPa().Accept().Take(new AssessmentReturned("PA1"), ActorRole.Dcc);
        var pa = s.M.FindAssessment("PA1")!;
        pa.IsOpen.ShouldBeFalse();
        pa.ReturnedOn.ShouldBe(s.M.LastEventOn);
    }

    [Fact]
    public void Return_Twice_RefusedAsNotOpen() =>
        Refining().RequestPa().Accept().Take(new AssessmentReturned("PA1"), ActorRole.Dcc)
            .Refused(new AssessmentReturned("PA1"), ActorRole.Dcc, "was returned on");

    [Fact]
    public void Pause_BeforeAcceptance_Refused() =>
        Refining().RequestPa().Refused(new AssessmentPaused("PA1"), ActorRole.Dcc, "has not been accepted yet, so it cannot be paused");

    [Fact]
    public void Pause_WhenAlreadyPaused_Refused() =>
        Refining().RequestPa().Accept().Take(new AssessmentPaused("PA1"), ActorRole.Dcc)
            .Refused(new AssessmentPaused("PA1"), ActorRole.Dcc, "is already paused");

    [Fact]
    public void Resume_WhenNotPaused_Refused() =>
        Refining().RequestPa().Accept().Refused(new AssessmentResumed("PA1"), ActorRole.Dcc, "is not paused");

    [Fact]
    public void PauseAndResume_RecordThePause()
    {
        var s = Refining().RequestPa().Accept()
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 6, 10));
        s.M.FindAssessment("PA1")!.IsPaused.ShouldBeTrue();
        s.Take(new AssessmentResumed("PA1"), ActorRole.Dcc, D(2020, 6, 12));
        var pa = s.M.FindAssessment("PA1")!;
        pa.IsPaused.ShouldBeFalse();
        pa.Pauses.ShouldBe([new AssessmentPause(D(2020, 6, 10), D(2020, 6, 12))]);
    }

    [Fact]
    public void Pause_AfterReturn_RefusedAsNotOpen() =>
        Refining().RequestPa().Accept().Take(new AssessmentReturned("PA1"), ActorRole.Dcc)
            .Refused(new AssessmentPaused("PA1"), ActorRole.Dcc, "was returned");

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Revise_WithoutAReason_Refused(string? reason) =>
        Refining().RequestPa().Accept().Refused(new AssessmentDateRevised("PA1", D(2020, 12, 1)), ActorRole.Dcc, "needs a reason", reason: reason);

    [Fact]
    public void Revise_ToADateBeforeTheStep_Refused() =>
        Refining().RequestPa().Accept().Refused(new AssessmentDateRevised("PA1", D(2020, 6, 9)), ActorRole.Dcc,
            "must not be in the past", on: D(2020, 6, 10), reason: "late");

    [Fact]
    public void Revise_ToTheSameDay_AllowedAndBecomesTheDueDate()
    {
        var s = Refining().RequestPa().Accept()
            .Take(new AssessmentDateRevised("PA1", D(2020, 6, 10)), ActorRole.Dcc, D(2020, 6, 10), "Scope clarified");
        var pa = s.M.FindAssessment("PA1")!;
        pa.Revisions.ShouldBe([new AssessmentRevision(D(2020, 6, 10), D(2020, 6, 10), "Scope clarified")]);
        pa.DueOn(ShippedCalendar).ShouldBe(D(2020, 6, 10));
    }

    [Fact]
    public void DueOn_WithoutRevision_IsAcceptancePlusTargetWorkingDays()
    {
        // Accepted Mon 6 Jul 2020; 15 WD later is Mon 27 Jul 2020.
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6));
        s.M.FindAssessment("PA1")!.DueOn(ShippedCalendar).ShouldBe(D(2020, 7, 27));
    }

    [Fact]
    public void DueOn_OverEaster_SkipsTheHolidays()
    {
        // Accepted Mon 6 Apr 2020: 10 Apr and 13 Apr are holidays, so 15 WD is Wed 29 Apr.
        var s = Scenario.Draft(D(2020, 4, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 4, 6));
        s.M.FindAssessment("PA1")!.DueOn(ShippedCalendar).ShouldBe(D(2020, 4, 29));
    }

    [Fact]
    public void DueOn_AfterAFinishedPause_MovesOnByThePausedWorkingDays()
    {
        // Accepted Mon 6 Jul 2020 with 15 WD is due Mon 27 Jul; paused Fri 10 to Wed 15 Jul (3 WD) it is due Thu 30 Jul.
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6))
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 7, 10));
        s.M.FindAssessment("PA1")!.DueOn(ShippedCalendar).ShouldBe(D(2020, 7, 27));

        s.Take(new AssessmentResumed("PA1"), ActorRole.Dcc, D(2020, 7, 15));

        s.M.FindAssessment("PA1")!.DueOn(ShippedCalendar).ShouldBe(D(2020, 7, 30));
    }

    [Fact]
    public void DueOn_LatestRevisionWins()
    {
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6))
            .Take(new AssessmentDateRevised("PA1", D(2020, 8, 14)), ActorRole.Dcc, D(2020, 7, 20), "First")
            .Take(new AssessmentDateRevised("PA1", D(2020, 8, 7)), ActorRole.Dcc, D(2020, 7, 21), "Second");
        s.M.FindAssessment("PA1")!.DueOn(ShippedCalendar).ShouldBe(D(2020, 8, 7));
    }

    [Fact]
    public void DueOnAndDuration_BeforeAcceptance_AreNull()
    {
        var pa = Refining().RequestPa().M.FindAssessment("PA1")!;
        pa.DueOn(ShippedCalendar).ShouldBeNull();
        pa.DurationAsOf(ShippedCalendar, D(2020, 8, 3)).ShouldBeNull();
        pa.ActualDuration(ShippedCalendar).ShouldBeNull();
    }

    [Fact]
    public void Duration_WithAPause_ExcludesThePausedWorkingDays()
    {
        // Accepted Mon 6 Jul, paused Fri 10 Jul, resumed Wed 15 Jul, returned Fri 24 Jul 2020:
        // 14 WD from acceptance, less 3 paused (13, 14, 15 Jul) = 11.
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6))
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 7, 10));
        var pa = s.M.FindAssessment("PA1")!;
        pa.DurationAsOf(ShippedCalendar, D(2020, 7, 13)).ShouldBe(4, "while paused the count stands still");
        pa.DurationAsOf(ShippedCalendar, D(2020, 7, 10)).ShouldBe(4);
        s.Take(new AssessmentResumed("PA1"), ActorRole.Dcc, D(2020, 7, 15));
        pa.DurationAsOf(ShippedCalendar, D(2020, 7, 16)).ShouldBe(5);
        s.Take(new AssessmentReturned("PA1"), ActorRole.Dcc, D(2020, 7, 24));
        pa.ActualDuration(ShippedCalendar).ShouldBe(11);
        pa.DurationAsOf(ShippedCalendar, D(2020, 8, 3)).ShouldBe(11, "a returned assessment stops counting");
    }

    [Fact]
    public void Duration_ReturnedWhilePaused_EndsThePause()
    {
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6))
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 7, 8))
            .Take(new AssessmentReturned("PA1"), ActorRole.Dcc, D(2020, 7, 13));
        var pa = s.M.FindAssessment("PA1")!;
        pa.IsPaused.ShouldBeFalse();
        pa.Pauses[^1].To.ShouldBe(D(2020, 7, 13));
        pa.ActualDuration(ShippedCalendar).ShouldBe(2); // 7 and 8 Jul
    }

    [Fact]
    public void Duration_TwoPauses_BothExcluded()
    {
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6))
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 7, 7))
            .Take(new AssessmentResumed("PA1"), ActorRole.Dcc, D(2020, 7, 9))
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 7, 14))
            .Take(new AssessmentResumed("PA1"), ActorRole.Dcc, D(2020, 7, 15))
            .Take(new AssessmentReturned("PA1"), ActorRole.Dcc, D(2020, 7, 17));
        // 9 WD (7..17 Jul) less 2 (8, 9 Jul) less 1 (15 Jul) = 6.
        s.M.FindAssessment("PA1")!.ActualDuration(ShippedCalendar).ShouldBe(6);
    }

    [Fact]
    public void Duration_Mp105SecondPaAsOfReportDate_Is13WorkingDays()
    {
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().Take(
            new AssessmentRequested("PA2", AssessmentKind.Preliminary, 15), ActorRole.Secas, D(2020, 7, 15))
            .Take(new AssessmentAccepted("PA2"), ActorRole.Dcc, D(2020, 7, 15));
        s.M.FindAssessment("PA2")!.DurationAsOf(ShippedCalendar, D(2020, 8, 3)).ShouldBe(13);
    }

    [Fact]
    public void Duration_Secmp0046FromHistory_Is31WorkingDaysActual()
    {
        var s = Scenario.FromHistory(Refinement, D(2019, 7, 1), ModificationPath.AuthorityDetermination)
            .Take(new AssessmentAccepted("PA1", AssessmentKind.Preliminary, 15), ActorRole.Secas, D(2019, 7, 25))
            .Take(new AssessmentReturned("PA1"), ActorRole.Secas, D(2019, 9, 9));
        s.M.FindAssessment("PA1")!.ActualDuration(ShippedCalendar).ShouldBe(31);
    }

    [Fact]
    public void DurationAsOf_ADateBeforeAPauseBegan_IgnoresThatPause()
    {
        // Accepted Mon 6 Jul 2020, paused 10 Jul to 15 Jul: as of Wed 8 Jul the assessment had run 2 WD.
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6))
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 7, 10))
            .Take(new AssessmentResumed("PA1"), ActorRole.Dcc, D(2020, 7, 15));
        s.M.FindAssessment("PA1")!.DurationAsOf(ShippedCalendar, D(2020, 7, 8)).ShouldBe(2);
    }

    [Fact]
    public void DurationAsOf_ADateAfterAPauseEndedWithoutReturn_ExcludesThePause()
    {
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6))
            .Take(new AssessmentPaused("PA1"), ActorRole.Dcc, D(2020, 7, 10))
            .Take(new AssessmentResumed("PA1"), ActorRole.Dcc, D(2020, 7, 15));
        // 6 Jul to 3 Aug 2020 is 20 WD, less 3 paused.
        s.M.FindAssessment("PA1")!.DurationAsOf(ShippedCalendar, D(2020, 8, 3)).ShouldBe(17);
    }

    [Fact]
    public void Request_ImpactAssessmentApprovedAfterTheRequestDate_Refused() =>
        Refining().Refused(new AssessmentRequested("IA1", AssessmentKind.Impact, 40, D(2020, 6, 30)), ActorRole.ChangeBoard,
            "Change Board", on: D(2020, 6, 10));

    [Fact]
    public void Request_ImpactAssessmentApprovedTheSameDay_Allowed() =>
        Refining().Take(new AssessmentRequested("IA1", AssessmentKind.Impact, 40, D(2020, 6, 10)), ActorRole.ChangeBoard, D(2020, 6, 10))
            .M.FindAssessment("IA1")!.ChangeBoardApprovedOn.ShouldBe(D(2020, 6, 10));

    [Fact]
    public void DurationAsOf_ADateBeforeAcceptance_IsNotNegative()
    {
        var s = Scenario.Draft(D(2020, 7, 1)).ReadyToConvert().Convert().RequestPa()
            .Take(new AssessmentAccepted("PA1"), ActorRole.Dcc, D(2020, 7, 6));
        (s.M.FindAssessment("PA1")!.DurationAsOf(ShippedCalendar, D(2020, 7, 1)) ?? 0).ShouldBe(0);
    }

    [Fact]
    public void DefaultTargetWorkingDays_SecDefaults_Are15And40()
    {
        CodeRules.Sec.DefaultTargetWorkingDays(AssessmentKind.Preliminary).ShouldBe(15);
        CodeRules.Sec.DefaultTargetWorkingDays(AssessmentKind.Impact).ShouldBe(40);
        (CodeRules.Sec with { ImpactAssessmentTargetWorkingDays = 30 }).DefaultTargetWorkingDays(AssessmentKind.Impact).ShouldBe(30);
    }
}
