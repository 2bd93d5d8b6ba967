using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the DCC's return of an assessment.</summary>
public sealed class AssessmentReturnModel : AssessmentStepPage
{
    protected override string StepName => "assessment return";

    protected override ModificationChange Change(string assessment) => new AssessmentReturned(assessment);
}
