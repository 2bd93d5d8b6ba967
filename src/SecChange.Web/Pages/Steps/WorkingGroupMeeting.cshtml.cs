using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records a Working Group meeting that discussed the proposal.</summary>
public sealed class WorkingGroupMeetingModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select which meeting it was")] public WorkingGroupMeetingKind? Kind { get; set; }
    [BindProperty] public string? Summary { get; set; }

    protected override string StepName => "wg-meeting";

    protected override ModificationChange Change() => new WorkingGroupMeetingHeld(Kind!.Value, string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim());
}
