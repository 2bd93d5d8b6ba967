using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Accounts;
using SecChange.Domain.Errors;

namespace SecChange.Web.Pages.Admin;

/// <summary>The accounts, and opening a new one; for the SECAS administrator only (anyone else gets the not-found page).</summary>
public sealed class AccountsModel(AccountService accounts) : SecChangePage
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public AccountRole Role { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? Opened { get; set; }

    public IReadOnlyList<Application.Accounts.Account> All { get; private set; } = [];

    private bool IsAdministrator => Viewer.IsSignedIn && Viewer.Role == AccountRole.SecasAdministrator;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsAdministrator) return NotFound();
        All = await accounts.AllAsync(Viewer, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsAdministrator) return NotFound();
        try
        {
            var opened = await accounts.CreateAsync(new NewAccount(UserName ?? "", DisplayName ?? "", Role, Organisation, Password ?? ""), Viewer, ct);
            return RedirectToPage(new { opened = opened.UserName });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            All = await accounts.AllAsync(Viewer, ct);
            return Page();
        }
    }
}
