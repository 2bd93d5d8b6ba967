using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class ConsultationRuleTests
{
    [Fact]
    public void Open_RefinementConsultationInRefinement_RecordsIt()
    {
        var s = Scenario.In(Refinement).Take(new ConsultationOpened(ConsultationKind.Refinement, D(2020, 2, 1)), ActorRole.Secas, D(2020, 1, 20));
        var c = s.M.OpenConsultation(ConsultationKind.Refinement).ShouldNotBeNull();
        c.OpenedOn.ShouldBe(D(2020, 1, 20));
        c.Closes.ShouldBe(D(2020, 2, 1));
    }

    [Fact]
    public void Open_RefinementConsultationInReportPhase_Refused() =>
        Scenario.In(ReportPhase).Refused(new ConsultationOpened(ConsultationKind.Refinement, D(2020, 12, 1)), ActorRole.Secas,
            "only during the Refinement Process");

    [Fact]
    public void Open_ReportConsultationInRefinement_Refused() =>
        Scenario.In(Refinement).Refused(new ConsultationOpened(ConsultationKind.ModificationReport, D(2020, 12, 1)), ActorRole.Secas,
            "only in the Report Phase");

    [Fact]
    public void Open_ReportConsultationBeforeReportApproved_Refused() =>
        Scenario.In(ReportPhase).Refused(new ConsultationOpened(ConsultationKind.ModificationReport, D(2020, 12, 1)), ActorRole.Secas,
            "has not approved the Modification Report for MP105");

    [Fact]
    public void Open_ReportConsultationAfterReportApproved_Allowed() =>
        Scenario.In(ReportPhase).ApproveReport().OpenConsultation(ConsultationKind.ModificationReport)
            .M.OpenConsultation(ConsultationKind.ModificationReport).ShouldNotBeNull();

    [Fact]
    public void Open_WhenSameKindAlreadyOpen_Refused() =>
        Scenario.In(Refinement).OpenConsultation(ConsultationKind.Refinement)
            .Refused(new ConsultationOpened(ConsultationKind.Refinement, D(2020, 12, 1)), ActorRole.Secas, "is already open (since");

    [Fact]
    public void Open_AgainAfterClosing_Allowed()
    {
        var s = Scenario.In(Refinement).OpenConsultation(ConsultationKind.Refinement).CloseConsultation(ConsultationKind.Refinement)
            .OpenConsultation(ConsultationKind.Refinement);
        s.M.Consultations.Count.ShouldBe(2);
        s.M.Consultations[0].IsOpen.ShouldBeFalse();
        s.M.Consultations[1].IsOpen.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Open_WhenCloseDateNotAfterOpening_Refused(int days)
    {
        var s = Scenario.In(Refinement);
        s.Refused(new ConsultationOpened(ConsultationKind.Refinement, s.Next.PlusDays(days)), ActorRole.Secas, "must close after it opens");
    }

    [Fact]
    public void Close_WhenNoneOpen_Refused() =>
        Scenario.In(Refinement).Refused(new ConsultationClosed(ConsultationKind.Refinement), ActorRole.Secas, "No Refinement Consultation is open");

    [Fact]
    public void Close_OtherKindThanTheOpenOne_Refused() =>
        Scenario.In(ReportPhase).ApproveReport().OpenConsultation(ConsultationKind.ModificationReport)
            .Refused(new ConsultationClosed(ConsultationKind.Refinement), ActorRole.Secas, "is open");

    [Fact]
    public void Close_OpenOne_RecordsTheCloseDate()
    {
        var s = Scenario.In(Refinement).OpenConsultation(ConsultationKind.Refinement)
            .Take(new ConsultationClosed(ConsultationKind.Refinement), ActorRole.Secas, D(2020, 3, 2));
        s.M.Consultations.Single().ClosedOn.ShouldBe(D(2020, 3, 2));
        s.M.OpenConsultation(ConsultationKind.Refinement).ShouldBeNull();
    }

    [Fact]
    public void Close_ReportConsultation_MarksItClosedForTheVote()
    {
        var s = Scenario.In(ReportPhase).ApproveReport().OpenConsultation(ConsultationKind.ModificationReport);
        s.M.ModificationReportConsultationClosed.ShouldBeFalse();
        s.CloseConsultation(ConsultationKind.ModificationReport);
        s.M.ModificationReportConsultationClosed.ShouldBeTrue();
    }

    [Fact]
    public void ReportApprove_OnlyInReportPhase() =>
        Scenario.In(Refinement).Refused(new ModificationReportApproved(), ActorRole.ChangeSubCommittee, "it is not the time to approve the Modification Report");

    [Fact]
    public void ReportApprove_AgainAfterTheConsultationClosed_NeedsANewConsultationBeforeTheVote()
    {
        // Modification.ModificationReportConsultationClosed: "true when a Modification Report Consultation has closed
        // since the report was last approved". A re-approved (revised) report has not been consulted on.
        var s = Scenario.In(ModificationState.ReportPhase).ReadyToVote().ApproveReport();
        s.M.ModificationReportConsultationClosed.ShouldBeFalse();
        s.Refused(new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve), ActorRole.ChangeBoard, "has closed");
    }
}
