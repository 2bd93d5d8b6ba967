using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace SecChange.Web.Pages.Account;

/// <summary>Signing out (a form post, so another site cannot sign a person out).</summary>
public sealed class SignOutModel : SecChangePage
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync();
        return Redirect("/");
    }
}
