using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SecChange.Application.Accounts;
using SecChange.Web.Accounts;

namespace SecChange.Web.Api;

/// <summary>
/// <c>Authorization: Bearer sck_...</c>: the key's account becomes the request's viewer (its role and
/// organisation, never anything the caller sends), with the key's scopes as claims. A refusal is a problem
/// (401 without a valid key, 403 for a key without the scope), not the sign-in page.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccountService accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "api-key";
    public const string ScopeClaim = "secchange:scope";
    public const string WriteScope = "write";
    public const string WritePolicy = "api-write";

    /// <summary>The default scheme: the bearer key when the request carries one, else the sign-in cookie.</summary>
    public const string CookieOrKey = "cookie-or-key";

    /// <summary>Whether a request carries a bearer key (and so is authenticated by this handler, not the sign-in cookie).</summary>
    public static bool HasKey(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasKey(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (await accounts.AuthenticateApiKeyAsync(secret, Context.RequestAborted) is not { } found)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        var principal = AccountClaims.PrincipalFor(found.Account, SchemeName);
        if (found.Scopes.HasFlag(ApiScopes.Write))
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ScopeClaim, WriteScope));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HasKey(Request)
            ? "The API key is not valid or has been revoked."
            : "Send an API key with the Write scope as 'Authorization: Bearer sck_...'; create one at /account/api-keys.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden,
            "This API key may only read; create a key with the Write scope at /account/api-keys to take steps.");

    /// <summary>The sign-in cookie for pages, the bearer key for API calls that carry one; writes through the API need the key.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SchemeName, null)
            .AddPolicyScheme(CookieOrKey, "Sign-in cookie or API key", o => o.ForwardDefaultSelector = context =>
                HasKey(context.Request) ? SchemeName : Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme);
        services.AddAuthorizationBuilder().AddPolicy(WritePolicy, p => p
            .AddAuthenticationSchemes(SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ScopeClaim, WriteScope));
    }
}
