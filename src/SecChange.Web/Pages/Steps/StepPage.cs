using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;

namespace SecChange.Web.Pages.Steps;

/// <summary>
/// A form for one process step on a modification. The actor is the signed-in account (its Proposer when it represents the Proposer's organisation); the date defaults to
/// today; the version shown is posted back so a stale form meets the domain's conflict message; whatever the
/// domain refuses is shown in the error summary with the domain's own words.
/// </summary>
public abstract class StepPage : SecChangePage
{
    [BindProperty] public DateParts On { get; set; } = new();
    [BindProperty] public int? IfVersion { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public ModificationView View { get; private set; } = null!;

    /// <summary>The transition table's row this form takes (its name, as the CLI names it).</summary>
    public ProcessStep Step => TransitionTable.Get(StepName);

    protected abstract string StepName { get; }

    public virtual string DateLegend => "When it happened";

    public virtual string ReasonLabel => "Reason or note for the timeline (optional)";

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        if (!Viewer.IsSignedIn)
        {
            return Challenge();
        }

        if (await LoadAsync(reference, ct) is { } missing)
        {
            return missing;
        }

        On = DateParts.Of(Today);
        IfVersion = View.Version;
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken ct)
    {
        if (!Viewer.IsSignedIn)
        {
            return Challenge();
        }

        if (await LoadAsync(reference, ct) is { } missing)
        {
            return missing;
        }

        var on = On.Read(nameof(On), "the date it happened", ModelState);
        Validate();
        if (ModelState.IsValid && on is { } date)
        {
            try
            {
                var after = await TakeAsync(reference, date, Viewer.AsActorOn(View.ProposerOrganisation), ct);
                return Redirect($"/modifications/{Uri.EscapeDataString(after)}");
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        await PrepareAsync(ct);
        return Page();
    }

    /// <summary>Fills what the form offers (choices, defaults) from the modification or the register.</summary>
    protected virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Checks the step's own fields (required, formats) and adds errors to ModelState.</summary>
    protected virtual void Validate()
    {
    }

    /// <summary>Takes the step through the application layer; returns the modification's reference afterwards (a conversion changes it).</summary>
    protected abstract Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct);

    protected string? ReasonGiven => string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();

    private async Task<IActionResult?> LoadAsync(string reference, CancellationToken ct)
    {
        try
        {
            View = await HttpContext.RequestServices.GetRequiredService<VisibleRegister>().ViewAsync(Viewer, reference, Today, ct);
            return null;
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }
}
