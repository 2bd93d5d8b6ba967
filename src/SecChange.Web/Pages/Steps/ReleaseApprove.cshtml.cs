using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Approves an approved modification for implementation in a SEC Release.</summary>
public sealed class ReleaseApproveModel : ReleaseStepPage
{
    protected override string StepName => "release approve";

    protected override ModificationChange Change() => new ReleaseApproved(Release!.Trim(), PartGiven);
}
