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
            o.AddSchemaTransformer((schema, context, _) =>
            {
                // Values the register writes as text (see ApiJson) are described as the text they are.
                if (TextFormats.TryGetValue(context.JsonTypeInfo.Type, out var format))
                {
                    schema.Type = Microsoft.OpenApi.JsonSchemaType.String;
                    schema.Format = format.Format;
                    schema.Pattern = format.Pattern;
                    schema.Description = format.Description;
                }

                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "SecChange API";
                document.Info.Description = "The SEC Modification Register: reads for anyone (what they may see), writes with an API key " +
                    "(Authorization: Bearer sck_...) that has the Write scope. Errors are RFC 9457 problems.";
                document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["apiKey"] = new Microsoft.OpenApi.OpenApiSecurityScheme
                {
                    Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key from /account/api-keys (sck_...): reads see what its account may see; writes need its Write scope.",
                };
                return Task.CompletedTask;
            });
        });

    private static readonly Dictionary<Type, (string? Format, string? Pattern, string Description)> TextFormats = new()
    {
        [typeof(NodaTime.LocalDate)] = ("date", null, "A date, yyyy-MM-dd"),
        [typeof(NodaTime.Instant)] = ("date-time", null, "An instant in UTC, ISO 8601"),
        [typeof(NodaTime.LocalTime)] = (null, "^[0-9]{2}:[0-9]{2}$", "A time of day, HH:mm (London)"),
        [typeof(SecChange.Domain.Modifications.ModificationId)] = (null, null, "A modification's reference, e.g. MP105 or DP104"),
        [typeof(SecChange.Domain.Meetings.MeetingId)] = (null, null, "A meeting, e.g. CSC 11"),
        [typeof(SecChange.Domain.Meetings.ActionReference)] = (null, null, "An action, e.g. CSC 10/01"),
    };

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
