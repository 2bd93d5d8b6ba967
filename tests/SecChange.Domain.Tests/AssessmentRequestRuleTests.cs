using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>What an assessment request defaults to when its id or target is not given.</summary>
public class AssessmentRequestRuleTests
{
    [Fact]
    public void AssessmentRequest_WhenNothingIsGiven_TakesTheNextIdOfItsKindAndTheCodesTarget()
    {
        var s = Scenario.Draft().ReadyToConvert().Convert().RequestPa();

        new CodeRules().AssessmentRequest(s.M, AssessmentKind.Preliminary).ShouldBe(new AssessmentRequested("PA2", AssessmentKind.Preliminary, 15));
        new CodeRules().AssessmentRequest(s.M, AssessmentKind.Impact).ShouldBe(new AssessmentRequested("IA1", AssessmentKind.Impact, 40));
    }

    [Fact]
    public void AssessmentRequest_WhenIdTargetAndApprovalAreGiven_KeepsThem() =>
        new CodeRules { ImpactAssessmentTargetWorkingDays = 30 }.AssessmentRequest(Scenario.Draft().M, AssessmentKind.Impact, "IA7", 55, D(2020, 6, 4))
            .ShouldBe(new AssessmentRequested("IA7", AssessmentKind.Impact, 55, D(2020, 6, 4)));

    [Fact]
    public void AssessmentRequest_UnderAnotherCodesTarget_UsesThatTarget() =>
        new CodeRules { ImpactAssessmentTargetWorkingDays = 30 }.AssessmentRequest(Scenario.Draft().M, AssessmentKind.Impact).TargetWorkingDays.ShouldBe(30);
}
