using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Pages.Steps;

/// <summary>Raises an alternative solution (MP102A, ...) as its own record linked to this one; goes to the new record.</summary>
public sealed class AlternativeModel : StepPage
{
    [BindProperty, Required(ErrorMessage = "Enter the alternative’s title"), StringLength(300)] public string? Title { get; set; }

    protected override string StepName => "alternative";

    protected override async Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct) =>
        (await HttpContext.RequestServices.GetRequiredService<ModificationService>().RaiseAlternativeAsync(reference, null, Title!.Trim(), on, by, ct)).Reference;
}
