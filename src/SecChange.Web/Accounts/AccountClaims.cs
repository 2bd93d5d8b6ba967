using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using SecChange.Application.Access;
using SecChange.Application.Accounts;
using SecChange.Application.Json;

namespace SecChange.Web.Accounts;

/// <summary>What the sign-in cookie carries about the account, and the <see cref="Viewer"/> read back from it.</summary>
public static class AccountClaims
{
    private const string Organisation = "secchange:organisation";

    public static ClaimsPrincipal PrincipalFor(Account account, string scheme = CookieAuthenticationDefaults.AuthenticationScheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Role, StableEnumNames.Name(account.Role)),
        };
        if (account.Organisation is { } organisation)
        {
            claims.Add(new Claim(Organisation, organisation));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Viewer ViewerOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return Viewer.Anonymous;
        }

        var role = user.FindFirstValue(ClaimTypes.Role) is { } r && StableEnumNames.TryParse<AccountRole>(r, out var parsed) ? parsed : AccountRole.None;
        return new Viewer(id, user.FindFirstValue(ClaimTypes.Name) ?? "", role, user.FindFirstValue(Organisation));
    }
}

/// <summary>The viewer of the current request: the signed-in account, or an anonymous visitor.</summary>
public sealed class CurrentViewer(IHttpContextAccessor http)
{
    public Viewer Viewer => http.HttpContext is { } context ? AccountClaims.ViewerOf(context.User) : Viewer.Anonymous;
}
