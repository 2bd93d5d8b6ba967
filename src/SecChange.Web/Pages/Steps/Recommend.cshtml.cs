using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>SECAS recommends that the Panel move a proposal to the other route (listed in the Change Status Report).</summary>
public sealed class RecommendModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the route recommended to the Panel")] public ModificationRoute? To { get; set; }

    protected override string StepName => "recommend";

    protected override ModificationChange Change() => new ProgressionRecommended(To!.Value);
}
