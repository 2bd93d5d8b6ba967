using SecChange.Application.Register;

namespace SecChange.Web.Hosting;

/// <summary>Marks every write made while serving a request with the client's address, for the audit log.</summary>
public static class AuditClientMiddleware
{
    public static IApplicationBuilder UseAuditClient(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        using (AuditClient.From(context.Connection.RemoteIpAddress?.ToString()))
        {
            await next();
        }
    });
}
