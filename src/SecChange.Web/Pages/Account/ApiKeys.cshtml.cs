using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Accounts;
using SecChange.Domain.Errors;

namespace SecChange.Web.Pages.Account;

/// <summary>The signed-in account's API keys: create one (its secret shown once, only its hash kept) and revoke one.</summary>
[Authorize]
public sealed class ApiKeysModel(AccountService accounts) : SecChangePage
{
    [BindProperty, Required(ErrorMessage = "Enter a name for the key"), StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
    public string? Name { get; set; }

    /// <summary>Whether the key may take steps as this account, besides reading.</summary>
    [BindProperty] public bool Write { get; set; }

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The secret of the key just created: shown on this response only, never stored.</summary>
    public string? Secret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await accounts.ApiKeysAsync(Viewer, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                (_, Secret) = await accounts.CreateApiKeyAsync(Viewer, Name!, Write ? ApiScopes.Write : ApiScopes.Read, ct);
                Name = null;
                Write = false;
                ModelState.Clear();
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(nameof(Name), ex.Message);
            }
        }

        Keys = await accounts.ApiKeysAsync(Viewer, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken ct)
    {
        try
        {
            await accounts.RevokeApiKeyAsync(Viewer, id, ct);
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        return RedirectToPage();
    }
}
