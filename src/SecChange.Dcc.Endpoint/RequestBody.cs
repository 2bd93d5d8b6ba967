using Microsoft.AspNetCore.Connections;

namespace SecChange.Dcc.Endpoint;

/// <summary>
/// Reads a request body into memory up to a limit. A body that is larger, arrives too slowly, or is cut
/// off is answered with ProblemDetails (413, 408, 400), not left to escape as an unhandled exception.
/// </summary>
internal static class RequestBody
{
    /// <summary>The body, or the problem to answer instead.</summary>
    public static async Task<(MemoryStream? Body, IResult? Problem)> ReadAsync(HttpContext context, int max, ILogger logger)
    {
        if (context.Request.ContentLength > max)
        {
            return (null, DccProblems.TooLarge(max));
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return (null, DccProblems.TooLarge(max));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own verdicts: 408 for a body below the minimum data rate, 400 for one cut short.
            logger.LogInformation("Request body refused ({Status}): {Reason}", ex.StatusCode, ex.Message);
            var slow = ex.StatusCode == StatusCodes.Status408RequestTimeout;
            return (null, DccProblems.Problem(ex.StatusCode, slow ? "Request body too slow" : "Request body incomplete",
                slow ? "The body arrived too slowly and was abandoned." : "The body ended before its declared length.", slow ? "body-timeout" : "body-incomplete"));
        }
        catch (Exception ex) when (ex is IOException or ConnectionResetException or OperationCanceledException)
        {
            logger.LogInformation("Request body cut off: {Reason}", ex.Message);
            return (null, DccProblems.Problem(StatusCodes.Status400BadRequest, "Request body incomplete",
                "The connection closed before the body was complete.", "body-incomplete"));
        }

        buffer.Position = 0;
        return (buffer, null);
    }
}
