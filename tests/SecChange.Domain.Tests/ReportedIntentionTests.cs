using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Modifications.ModificationState;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>
/// What the Change Status Report says SECAS intends (seed 001): a proposal recommended to the Panel for the Report
/// Phase, and consultations expected in a given week. Each lasts until the step it announces is taken.
/// </summary>
public class ReportedIntentionTests
{
    [Fact]
    public void Recommend_WhenThePanelThenMovesIt_TheRecommendationIsSpent()
    {
        var s = Scenario.In(Refinement).Take(new ProgressionRecommended(ModificationRoute.ReportPhase), ActorRole.Secas);
        s.M.RecommendedRoute.ShouldBe(ModificationRoute.ReportPhase);
        s.M.RecommendedOn.ShouldBe(s.M.LastEventOn);

        s.ToReportPhase();

        s.M.RecommendedRoute.ShouldBe(ModificationRoute.None);
        s.M.RecommendedOn.ShouldBeNull();
    }

    [Fact]
    public void Recommend_TheRouteItIsAlreadyOn_Refused()
    {
        Scenario.In(Refinement).Refused(new ProgressionRecommended(ModificationRoute.RefinementProcess), ActorRole.Secas,
            "is in the Refinement Process; recommend the other route.");
    }

    [Fact]
    public void Plan_WhenTheConsultationOpens_IsNoLongerExpected()
    {
        var s = Scenario.In(Refinement).Take(new ConsultationPlanned(ConsultationKind.Refinement, D(2020, 8, 10)), ActorRole.Secas);
        s.M.PlannedConsultations.ShouldHaveSingleItem().WeekCommencing.ShouldBe(D(2020, 8, 10));

        s.Take(new ConsultationPlanned(ConsultationKind.Refinement, D(2020, 8, 17)), ActorRole.Secas);
        s.M.PlannedConsultations.ShouldHaveSingleItem().WeekCommencing.ShouldBe(D(2020, 8, 17)); // a new plan replaces the old

        s.OpenConsultation(ConsultationKind.Refinement);
        s.M.PlannedConsultations.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_WhenTheWeekDoesNotStartOnAMonday_Refused()
    {
        Scenario.In(Refinement).Refused(new ConsultationPlanned(ConsultationKind.ModificationReport, D(2020, 8, 12)), ActorRole.Secas,
            "Wednesday 12 Aug 2020 is not a Monday");
    }
}
