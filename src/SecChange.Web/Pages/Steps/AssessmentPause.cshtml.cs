using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Pauses an assessment for clarification.</summary>
public sealed class AssessmentPauseModel : AssessmentStepPage
{
    protected override string StepName => "assessment pause";

    protected override ModificationChange Change(string assessment) => new AssessmentPaused(assessment);
}
