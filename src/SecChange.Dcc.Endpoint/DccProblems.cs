using Microsoft.AspNetCore.Http.HttpResults;

namespace SecChange.Dcc.Endpoint;

/// <summary>The endpoint's ProblemDetails: a type URN and code per failure, and never more than a short excerpt of the input.</summary>
internal static class DccProblems
{
    /// <summary>The longest detail a ProblemDetails carries; the messages it holds quote input in excerpts.</summary>
    public const int MaxDetail = 400;

    public static ProblemHttpResult Problem(int status, string title, string detail, string code) =>
        TypedResults.Problem(detail: DccMessages.Excerpt(detail, MaxDetail), statusCode: status, title: title, type: $"urn:secchange:dcc:{code}",
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult TooLarge(int max) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body is larger than {max} bytes.", "too-large");
}
