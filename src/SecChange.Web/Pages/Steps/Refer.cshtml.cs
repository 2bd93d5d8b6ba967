using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Refer a Self-Governance decision to the Panel (within its window).</summary>
public sealed class ReferModel : ChallengePage
{
    protected override string StepName => "refer";

    protected override DecidingBody To => DecidingBody.Panel;
}
