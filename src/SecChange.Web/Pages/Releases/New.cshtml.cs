using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Releases;
using SecChange.Domain.Errors;
using SecChange.Domain.Releases;

namespace SecChange.Web.Pages.Releases;

/// <summary>SECAS defines a SEC Release (the release service refuses anyone else and checks the code's release rules).</summary>
[Authorize]
public sealed class NewModel(ReleaseService releases) : SecChangePage
{
    [BindProperty, Required(ErrorMessage = "Enter the release id"), StringLength(50)] public string? Id { get; set; }
    [BindProperty, Required(ErrorMessage = "Enter the release name"), StringLength(200)] public string? Name { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty, Required(ErrorMessage = "Select the kind of release")] public ReleaseKind? Kind { get; set; }
    [BindProperty] public bool Dcc { get; set; }
    [BindProperty] public bool Duis { get; set; }
    [BindProperty] public DateParts DccScopeBaselinedOn { get; set; } = new();
    [BindProperty] public DateParts FullScopeBaselinedOn { get; set; } = new();

    public IActionResult OnGet() => Viewer.IsSecas ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = Date.Read(nameof(Date), "the implementation date", ModelState);
        var dccScope = DccScopeBaselinedOn.Read(nameof(DccScopeBaselinedOn), "the day the DCC scope was baselined", ModelState, required: false);
        var fullScope = FullScopeBaselinedOn.Read(nameof(FullScopeBaselinedOn), "the day the full scope was baselined", ModelState, required: false);
        if (!ModelState.IsValid || date is null)
        {
            return Page();
        }

        try
        {
            var release = new Release(Id!.Trim(), Name!.Trim(), date.Value, Kind!.Value, Dcc, Duis, dccScope, fullScope);
            await releases.AddReleaseAsync(release, Viewer.AsActor(), ct);
            return Redirect($"/releases/{Uri.EscapeDataString(release.Id)}");
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return Page();
        }
    }
}
