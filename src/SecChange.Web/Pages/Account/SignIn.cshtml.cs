using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SecChange.Application.Accounts;
using SecChange.Web.Accounts;
using SecChange.Web.Hosting;

namespace SecChange.Web.Pages.Account;

/// <summary>Signing in with a user name and password; a wrong one never says whether the name exists.</summary>
[EnableRateLimiting(SignInThrottling.Policy)]
public sealed class SignInModel(AccountService accounts) : SecChangePage
{
    [BindProperty, Required(ErrorMessage = "Enter your user name"), StringLength(100)] public string? UserName { get; set; }
    [BindProperty, Required(ErrorMessage = "Enter your password"), StringLength(200), DataType(DataType.Password)] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.SignInAsync(UserName!, Password!, ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(UserName), result.LockedUntil is null
                ? "The user name or password is not right"
                : "Too many wrong passwords: this account is locked for 15 minutes");
            return Page();
        }

        await HttpContext.SignInAsync(AccountClaims.PrincipalFor(result.Account!));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/dashboard");
    }
}
