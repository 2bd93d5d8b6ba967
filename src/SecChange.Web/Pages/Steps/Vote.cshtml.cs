using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the Change Board's decision (or recommendation); unless given, the outcome follows its ballot.</summary>
public sealed class VoteModel : DecisionPage
{
    protected override string StepName => "vote";

    public override DecidingBody Body => DecidingBody.ChangeBoard;
}
