using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Pages.Steps;

/// <summary>A step that is one change on the modification, taken by <see cref="ModificationService.TakeStepAsync"/>.</summary>
public abstract class ModificationStepPage : StepPage
{
    protected abstract ModificationChange Change();

    protected override async Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct) =>
        (await HttpContext.RequestServices.GetRequiredService<ModificationService>()
            .TakeStepAsync(reference, Change(), on, by, ReasonGiven, IfVersion, ct)).Reference;
}
