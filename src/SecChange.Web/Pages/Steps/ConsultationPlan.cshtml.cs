using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Says in which week a consultation is expected to be issued (the Change Status Report's "expected" lists).</summary>
public sealed class ConsultationPlanModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select which consultation")] public ConsultationKind? Kind { get; set; }
    [BindProperty] public DateParts WeekCommencing { get; set; } = new();

    protected override string StepName => "consultation plan";

    private LocalDate? week;

    protected override void Validate() => week = WeekCommencing.Read(nameof(WeekCommencing), "the week's Monday", ModelState);

    protected override ModificationChange Change() => new ConsultationPlanned(Kind!.Value, week!.Value);
}
