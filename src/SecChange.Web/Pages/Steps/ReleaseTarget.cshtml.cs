using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Targets a SEC Release.</summary>
public sealed class ReleaseTargetModel : ReleaseStepPage
{
    protected override string StepName => "release target";

    protected override ModificationChange Change() => new ReleaseTargeted(Release!.Trim(), PartGiven);
}
