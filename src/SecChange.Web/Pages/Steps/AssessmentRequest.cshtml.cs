using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Pages.Steps;

/// <summary>Requests a DCC Preliminary or Impact Assessment with the code's default id and target.</summary>
public sealed class AssessmentRequestModel : StepPage
{
    [BindProperty, Required(ErrorMessage = "Select which assessment")] public AssessmentKind? Kind { get; set; }
    [BindProperty] public DateParts ChangeBoardApprovedOn { get; set; } = new();

    protected override string StepName => "assessment request";

    private LocalDate? approvedOn;

    protected override void Validate() =>
        approvedOn = ChangeBoardApprovedOn.Read(nameof(ChangeBoardApprovedOn), "the date the Change Board approved it", ModelState, required: false);

    protected override async Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct) =>
        (await HttpContext.RequestServices.GetRequiredService<ModificationService>().RequestAssessmentAsync(reference, Kind!.Value, null, null,
            approvedOn, on, by, ReasonGiven, IfVersion, ct)).Reference;
}
