using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SecChange.Dcc.Endpoint;

/// <summary>
/// The key that opens the model's admin endpoints (load Devices, change the CPL, read Devices and
/// statistics): the configured <c>Duis:AdminApiKey</c>, or one generated at start-up and logged.
/// </summary>
public sealed class AdminApiKey
{
    public const string Header = "X-Api-Key";

    private readonly byte[] _key;

    public AdminApiKey(IOptions<DuisEndpointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.AdminApiKey;
        Generated = string.IsNullOrWhiteSpace(configured);
        Value = Generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_') : configured!.Trim();
        _key = Encoding.UTF8.GetBytes(Value);
    }

    /// <summary>The key.</summary>
    public string Value { get; }

    /// <summary>Whether it was generated at start-up (none configured).</summary>
    public bool Generated { get; }

    /// <summary>Compares in constant time.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _key);
}

/// <summary>
/// The admin endpoints' door: a caller without the API key gets 401, and a body that is neither JSON nor
/// CSV gets 415, so a form post or a text/plain post from another site cannot reach them (no CORS policy
/// is added, so a browser never sends the key header cross-site either).
/// </summary>
internal static class AdminAccess
{
    private static readonly string[] BodyTypes = ["application/json", "text/csv", "application/csv"];

    public static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var key = context.RequestServices.GetRequiredService<AdminApiKey>();
        if (!key.Matches(context.Request.Headers[AdminApiKey.Header].FirstOrDefault()))
        {
            context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{AdminApiKey.Header}\"";
            return DccProblems.Problem(StatusCodes.Status401Unauthorized, "API key required",
                $"The DCC admin endpoints need the {AdminApiKey.Header} header with the endpoint's admin API key.", "unauthorized");
        }

        if (HttpMethods.IsPost(context.Request.Method) && !HasBodyType(context.Request.ContentType))
        {
            return DccProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send JSON (application/json) or CSV (text/csv), not '{DccMessages.Excerpt(context.Request.ContentType ?? "nothing")}'.", "unsupported-media-type");
        }

        return await next(invocation);
    }

    private static bool HasBodyType(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim();
        return media is not null && BodyTypes.Contains(media, StringComparer.OrdinalIgnoreCase);
    }
}
