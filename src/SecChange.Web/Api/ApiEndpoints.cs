namespace SecChange.Web.Api;

/// <summary>
/// The open API under /api/v1: reads for anyone (what they may see), writes with an API key that has the
/// Write scope. A route that does not exist is a 404 problem, not the HTML page.
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapSecChangeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiProblems.Prefix)
            .WithTags("SecChange")
            .AddEndpointFilter(RefuseBadKey)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            // Anonymous reads are reused while the register is unchanged (ADR 7); keyed callers and writes never are.
            .CacheOutput(Hosting.PublicPageCache.Policy);
        api.MapModificationList();
        api.MapModification();
        api.MapMeetings();
        api.MapReports();
        api.MapReleases();
        api.MapStatusReport();
        api.MapRegisterSnapshot();
        api.MapModificationWrites();

        return app;
    }

    /// <summary>A key that is sent but not valid is refused, even for a read: the caller meant to be someone.</summary>
    private static async ValueTask<object?> RefuseBadKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (ApiKeyAuthenticationHandler.HasKey(http.Request) && http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: ApiProblems.TitleFor(401),
                detail: "The API key is not valid or has been revoked.");
        }

        return await next(context);
    }
}
