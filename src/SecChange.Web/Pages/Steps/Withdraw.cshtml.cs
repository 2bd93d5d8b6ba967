using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>The Proposer withdraws the proposal before a decision (the domain asks for the reason).</summary>
public sealed class WithdrawModel : ModificationStepPage
{
    public override string ReasonLabel => "Why it is withdrawn";

    protected override string StepName => "withdraw";

    protected override ModificationChange Change() => new Withdrawn();
}
