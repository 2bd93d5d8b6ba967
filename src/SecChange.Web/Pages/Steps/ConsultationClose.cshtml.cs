using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Closes an open consultation.</summary>
public sealed class ConsultationCloseModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select which consultation")] public ConsultationKind? Kind { get; set; }

    protected override string StepName => "consultation close";

    protected override Task PrepareAsync(CancellationToken ct)
    {
        Kind ??= View.Consultations.LastOrDefault(c => c.IsOpen)?.Kind;
        return Task.CompletedTask;
    }

    protected override ModificationChange Change() => new ConsultationClosed(Kind!.Value);
}
