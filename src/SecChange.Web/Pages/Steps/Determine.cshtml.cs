using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the Panel's determination of a referral or the Authority's of an appeal.</summary>
public sealed class DetermineModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the determination")] public DecisionOutcome? Outcome { get; set; }

    protected override string StepName => "determine";

    protected override ModificationChange Change() => new ChallengeDetermined(Outcome!.Value);
}
