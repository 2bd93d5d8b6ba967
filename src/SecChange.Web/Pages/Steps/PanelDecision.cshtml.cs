using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the Panel's decision on a Fast-Track Modification.</summary>
public sealed class PanelDecisionModel : DecisionPage
{
    protected override string StepName => "panel-decision";

    public override DecidingBody Body => DecidingBody.Panel;
}
