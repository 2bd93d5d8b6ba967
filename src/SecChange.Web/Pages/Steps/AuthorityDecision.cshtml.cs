using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the Authority's decision: approve, reject or send back.</summary>
public sealed class AuthorityDecisionModel : DecisionPage
{
    protected override string StepName => "authority-decision";

    public override DecidingBody Body => DecidingBody.Authority;
}
