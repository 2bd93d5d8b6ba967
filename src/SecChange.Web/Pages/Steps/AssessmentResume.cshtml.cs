using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Resumes a paused assessment.</summary>
public sealed class AssessmentResumeModel : AssessmentStepPage
{
    protected override string StepName => "assessment resume";

    protected override ModificationChange Change(string assessment) => new AssessmentResumed(assessment);
}
