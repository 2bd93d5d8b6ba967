using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Records the state a published document shows for a modification entered from history.</summary>
public sealed class HistoryModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the state the document shows")] public ModificationState? State { get; set; }
    [BindProperty, Required(ErrorMessage = "Enter the document it comes from"), StringLength(300)] public string? Source { get; set; }

    protected override string StepName => "history";

    protected override ModificationChange Change() => new HistoryObserved(State!.Value, Source!.Trim());
}
