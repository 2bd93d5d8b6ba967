using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the Change Sub-Committee's outcome on a Draft Proposal.</summary>
public sealed class CscOutcomeModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the Change Sub-Committee's outcome")] public CscOutcome? Outcome { get; set; }
    [BindProperty] public ModificationRoute? Route { get; set; }
    [BindProperty, StringLength(200)] public string? Meeting { get; set; }

    protected override string StepName => "csc-outcome";

    protected override ModificationChange Change() =>
        new CscOutcomeRecorded(Outcome!.Value, Route ?? ModificationRoute.None, string.IsNullOrWhiteSpace(Meeting) ? null : Meeting.Trim());
}
