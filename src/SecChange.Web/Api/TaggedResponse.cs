using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SecChange.Web.Api;

/// <summary>
/// A GET response with a strong ETag worked out from its bytes (so it changes with the record's version and
/// with what the viewer's role lets them see); a request whose If-None-Match names it gets 304 and no body.
/// </summary>
public sealed class TaggedResponse(byte[] body, string contentType, string? fileName = null) : IResult
{
    public static TaggedResponse Json<T>(HttpContext context, T value)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return new TaggedResponse(JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json; charset=utf-8");
    }

    public string ETag { get; } = "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        // What is shown depends on who asks, so caches keep it per viewer and check it each time.
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.Vary = "Authorization, Cookie";
        if (Matches(httpContext.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        if (fileName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    private bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch) =>
        ifNoneMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim())
            .Any(v => v == "*" || v == ETag || v == "W/" + ETag);
}
