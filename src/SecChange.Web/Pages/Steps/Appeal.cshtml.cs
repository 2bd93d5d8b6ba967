using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Appeal a Self-Governance decision to the Authority (within its window).</summary>
public sealed class AppealModel : ChallengePage
{
    protected override string StepName => "appeal";

    protected override DecidingBody To => DecidingBody.Authority;
}
