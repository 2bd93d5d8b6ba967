using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the DCC's acceptance of an assessment request.</summary>
public sealed class AssessmentAcceptModel : AssessmentStepPage
{
    protected override string StepName => "assessment accept";

    protected override ModificationChange Change(string assessment) => new AssessmentAccepted(assessment);
}
