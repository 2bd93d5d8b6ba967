using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Opens a Refinement or Modification Report Consultation with its closing date and questions; the date is its opening.</summary>
public sealed class ConsultationOpenModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select which consultation")] public ConsultationKind? Kind { get; set; }
    [BindProperty] public DateParts Closes { get; set; } = new();
    [BindProperty] public string? Questions { get; set; }

    public override string DateLegend => "When it opens";

    protected override string StepName => "consultation open";

    private LocalDate? closes;

    protected override void Validate() => closes = Closes.Read(nameof(Closes), "the closing date", ModelState);

    protected override ModificationChange Change()
    {
        var questions = (Questions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ConsultationOpened(Kind!.Value, closes!.Value, questions.Length > 0 ? questions : null);
    }
}
