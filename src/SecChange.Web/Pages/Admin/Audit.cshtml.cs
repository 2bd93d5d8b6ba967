using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Register;

namespace SecChange.Web.Pages.Admin;

/// <summary>The audit log for the SECAS administrator (anyone else gets the not-found page): filter by target.</summary>
public sealed class AuditModel(AuditLog log) : SecChangePage
{
    public const int Shown = 500;

    [BindProperty(SupportsGet = true)] public string? Target { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AuditLog.MayRead(Viewer)) return NotFound();
        var entries = await log.ReadAsync(Viewer, Target, ct);
        Total = entries.Count;
        Entries = entries.Take(Shown).ToList();
        return Page();
    }
}
