using Scalar.AspNetCore;
using SecChange.Web.Hosting;

namespace SecChange.Web.Api;

/// <summary>
/// The API described: the OpenAPI document at /openapi/v1.json (the /api/v1 endpoints only) and Scalar's
/// browsable reference at /api, whose script is served from the Scalar package itself, so the page works with
/// no internet; its web fonts, telemetry and request proxy (all remote) are switched off.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api";

    public static IServiceCollection AddApiReference(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "SecChange API";
                document.Info.Description = "The SEC Modification Register: reads for anyone (what they may see), writes with an API key " +
                    "(Authorization: Bearer sck_...) that has the Write scope. Errors are RFC 9457 problems.";
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(Path, o =>
        {
            o.WithTitle("SecChange API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts().WithNonce();
            o.Telemetry = false;
            o.ProxyUrl = null;
        });
        return app;
    }

    /// <summary>
    /// The one page that needs more than the site's policy: Scalar starts itself with an inline script (allowed
    /// by the per-request nonce it puts on its script tags, not by 'unsafe-inline') and its components set inline
    /// styles. Everything else keeps the strict policy.
    /// </summary>
    public static IApplicationBuilder UseApiReferencePolicy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals(Path + "/", StringComparison.OrdinalIgnoreCase))
        {
            // Registered after the site's own header callback, so it runs before it (callbacks run last-registered first).
            context.Response.OnStarting(() =>
            {
                var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
                context.Items[SecurityHeaders.PolicyOverride] =
                    $"default-src 'self'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; " +
                    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
                    "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
                return Task.CompletedTask;
            });
        }

        await next();
    });
}
