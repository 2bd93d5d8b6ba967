using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SecChange.Web.Api;

/// <summary>
/// Every error from the API is an RFC 9457 problem, never the HTML status page: a response under /api that
/// ends in an error with no body (405, 415, a refused key) gets one, and a request the framework could not
/// read (malformed JSON, wrong content type, oversize body) is answered with what was wrong and no stack trace.
/// </summary>
public static class ApiProblems
{
    public const string Prefix = "/api/v1";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix);

    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next();
        var response = context.Response;
        if (IsApi(context.Request) && response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && response.ContentType is null)
        {
            // No endpoint at all: an address the API does not have (routing's own 405 and 415 come with an endpoint).
            var detail = response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null
                ? "There is nothing at this address in the API; the reference is at /api and the OpenAPI document at /openapi/v1.json."
                : null;
            await WriteAsync(context, response.StatusCode, detail);
        }
    });

    public static ValueTask<bool> WriteAsync(HttpContext context, int status, string? detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = TitleFor(status), Detail = detail ?? DetailFor(status) },
        });
    }

    private static string? DetailFor(int status) => status switch
    {
        405 => "This address does not take that method; see /openapi/v1.json.",
        413 => $"The request body is too large: send at most {Hosting.WebLimits.MaxRequestBytes / 1024} KB.",
        415 => "Send the body as JSON (Content-Type: application/json).",
        _ => null,
    };

    public static string TitleFor(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "An API key is needed",
        403 => "The API key may not do this",
        404 => "Not found",
        405 => "The method is not allowed here",
        409 => "The record has changed",
        413 => "The request body is too large",
        415 => "The content type is not supported",
        503 => "The service cannot do this now",
        _ => "Something went wrong",
    };
}

/// <summary>A request the framework could not read into the endpoint's typed parameters: its status (400, 413, 415) as a problem.</summary>
public sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        // The JSON reader says where the body went wrong (or which value is not allowed); that is the useful part.
        var detail = bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
        return await ApiProblems.WriteAsync(httpContext, bad.StatusCode, detail);
    }
}
