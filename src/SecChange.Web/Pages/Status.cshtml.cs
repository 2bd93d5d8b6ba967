using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SecChange.Web.Pages;

/// <summary>The page for an error status: not found, forbidden, too many requests, or a fault (never a stack trace).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : SecChangePage
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
        return Page();
    }

    public (string Title, string Text) Message => Code switch
    {
        404 => ("Page not found", "If you typed the web address, check it is correct. If you followed a reference, the record may not exist or may not be shared with you."),
        403 => ("You cannot do that", "Your account's role does not allow this."),
        400 => ("The request could not be understood", "Check what you sent and try again. If you were filling in a form, go back and submit it again."),
        413 => ("The request is too large", "Send less at once."),
        415 => ("The content type is not supported", "Send a form or JSON."),
        429 => ("Too many attempts", "Wait a minute and try again."),
        _ => ("Sorry, there is a problem with the service", "Try again later. Nothing you sent was half-saved."),
    };
}
