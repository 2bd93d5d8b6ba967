using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;

namespace SecChange.Web.Pages.Dashboard;

/// <summary>The signed-in account's dashboard: what its role has to do or follow now.</summary>
public sealed class IndexModel(Dashboards dashboards) : SecChangePage
{
    public Application.Access.Dashboard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Viewer.IsSignedIn) return Challenge();
        Board = await dashboards.ForAsync(Viewer, Today, ct);
        return Page();
    }
}
