using NodaTime;
using SecChange.Application.StatusReport;
using SecChange.Documents.StatusReport;
using SecChange.Domain.Errors;

namespace SecChange.Web.Api;

/// <summary>GET /api/v1/reports/status: the Change Status Report for a date, as its content (JSON) or as a document file.</summary>
public static class StatusReportEndpoint
{
    public static RouteGroupBuilder MapStatusReport(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/status", async (HttpContext context, ChangeStatusReports reports, ChangeStatusReportDocuments documents,
                Documents.Rendering.DocumentRenderer renderer, string? asAt, string? format, CancellationToken ct) =>
            {
                var date = asAt is null ? context.Today() : ApiDates.Parse(asAt);
                if (format is null || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
                {
                    return (IResult)TaggedResponse.Json(context, await reports.BuildAsync(context.Viewer(), date, ct));
                }

                return await ReportEndpoints.FileAsync(renderer, format, await documents.BuildAsync(context.Viewer(), date, ct),
                    ChangeStatusReportDocuments.FileStem(date), ct);
            })
            .WithName("GetChangeStatusReport")
            .WithSummary("The Change Status Report as at the end of a date (asAt, default today), as you may see it: JSON content, or format=docx|pdf|html|md")
            .Produces<ChangeStatusReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }
}
