using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>The Panel moves a proposal between the Refinement Process and the Report Phase.</summary>
public sealed class RouteModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the route to move to")] public ModificationRoute? To { get; set; }

    protected override string StepName => "route";

    protected override ModificationChange Change() => new RouteChanged(To!.Value);
}
