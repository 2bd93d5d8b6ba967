using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>The Panel converts a Draft Proposal into a Modification Proposal on a Path and route.</summary>
public sealed class ConvertModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the Path")] public ModificationPath? Path { get; set; }
    [BindProperty, Required(ErrorMessage = "Select the route")] public ModificationRoute? Route { get; set; }
    [BindProperty] public bool FastTrack { get; set; }
    [BindProperty] public bool Urgent { get; set; }

    protected override string StepName => "convert";

    protected override ModificationChange Change() => new ConvertedToModificationProposal(Path!.Value, Route!.Value, FastTrack, Urgent);
}
