using Microsoft.AspNetCore.Routing;

namespace SecChange.Web.Hosting;

/// <summary>
/// HEAD is answered wherever GET is (RFC 9110 §9.3.2), so that feed readers, link checkers and caches can ask
/// for the headers (ETag, Last-Modified, length) alone; the server sends no body for a HEAD request.
/// Razor Pages do this already; minimal endpoints accept only the methods they were mapped with.
/// </summary>
public static class HeadRequests
{
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods &&
                methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }
}
