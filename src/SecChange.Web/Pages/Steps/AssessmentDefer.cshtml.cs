using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records that the Change Board deferred an Impact Assessment request.</summary>
public sealed class AssessmentDeferModel : ModificationStepPage
{
    protected override string StepName => "assessment defer";

    protected override ModificationChange Change() => new ImpactAssessmentRequestDeferred();
}
