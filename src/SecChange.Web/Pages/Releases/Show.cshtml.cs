using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.AsAt;
using SecChange.Domain.Errors;

namespace SecChange.Web.Pages.Releases;

/// <summary>One SEC Release: its date, scope, baselining dates and each visible modification (and part) in it with its status.</summary>
public sealed class ShowModel(VisibleReleases releases) : SecChangePage
{
    public ReleaseAsAt Release { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        try
        {
            Release = await releases.ShowAsync(Viewer, id, Today, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }
}
