using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Errors;

namespace SecChange.Web.Hosting;

/// <summary>
/// Turns a refusal from the core into an RFC 9457 problem (for the API) or the matching status page (for
/// browsers), with the core's own message; anything else is a plain 500 with no details.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DomainException domain)
        {
            return false;
        }

        var status = StatusFor(domain.Kind);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = TitleFor(domain.Kind), Detail = domain.Message },
        });
    }

    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.InvalidInput => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.RuleBroken or ErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string TitleFor(ErrorKind kind) => kind switch
    {
        ErrorKind.InvalidInput => "The request is not valid",
        ErrorKind.NotFound => "Not found",
        ErrorKind.RuleBroken => "The process does not allow this step",
        ErrorKind.Conflict => "The record has changed",
        _ => "Something went wrong",
    };
}
