using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the modification's implementation in a SEC Release.</summary>
public sealed class ReleaseImplementModel : ReleaseStepPage
{
    protected override string StepName => "release implement";

    protected override ModificationChange Change() => new ReleaseImplemented(Release!.Trim(), PartGiven);
}
