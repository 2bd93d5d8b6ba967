using Microsoft.AspNetCore.Mvc;
using SecChange.Documents.Builders;
using SecChange.Documents.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using Document = SecChange.Documents.Model.Document;

namespace SecChange.Web.Api;

/// <summary>
/// GET /api/v1/reports/...: the documents generated from the register, for the caller (they hold only what the caller
/// may see), as Word, PDF, HTML or Markdown files. The same request on the same register gives the same bytes.
/// </summary>
public static class ReportEndpoints
{
    private const string FormatHelp = "format: docx (default), pdf, html or md";

    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/minutes/{meeting}", async (HttpContext context, MinutesDocuments minutes, DocumentRenderer renderer, string meeting,
                    [FromQuery] string? format, CancellationToken ct) =>
                await FileAsync(renderer, format, await minutes.BuildAsync(context.Viewer(), meeting, ct), MinutesDocuments.FileStem(meeting), ct))
            .WithName("GetMinutes")
            .WithSummary($"The minutes and action log of a meeting (e.g. CSC11), DRAFT until approved ({FormatHelp})")
            .Produces(StatusCodes.Status200OK, contentType: OutputFormat.Docx.ContentType())
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/reports/consultations/{reference}", async (HttpContext context, ConsultationDocuments consultations, DocumentRenderer renderer,
                    string reference, [FromQuery] string? kind, [FromQuery] string? format, CancellationToken ct) =>
            {
                var consultation = Kind(kind);
                var document = await consultations.BuildAsync(context.Viewer(), reference, consultation, context.Today(), ct);
                return await FileAsync(renderer, format, document, ConsultationDocuments.FileStem(reference, consultation), ct);
            })
            .WithName("GetConsultationSummary")
            .WithSummary($"The summary of a consultation's responses (kind: mrc or refinement; {FormatHelp}); confidential respondents named to SECAS only")
            .Produces(StatusCodes.Status200OK, contentType: OutputFormat.Docx.ContentType())
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/reports/modifications/{reference}", async (HttpContext context, ModificationReportDocuments reports, DocumentRenderer renderer,
                    string reference, [FromQuery(Name = "as-at")] string? asAt, [FromQuery] string? format, CancellationToken ct) =>
            {
                var date = asAt is null ? context.Today() : ApiDates.Parse(asAt);
                var document = await reports.BuildAsync(context.Viewer(), reference, date, ct);
                return await FileAsync(renderer, format, document, ModificationReportDocuments.FileStem(reference), ct);
            })
            .WithName("GetModificationReport")
            .WithSummary($"The Modification Report of a modification (e.g. MP105) as the register stood at the end of as-at (default today), DRAFT until the CSC approves it ({FormatHelp})")
            .Produces(StatusCodes.Status200OK, contentType: OutputFormat.Docx.ContentType())
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    /// <summary>The rendered document as a download; a PDF without Chromium on the server is a 503 problem saying so.</summary>
    public static async Task<IResult> FileAsync(DocumentRenderer renderer, string? format, Document document, string fileStem, CancellationToken ct)
    {
        var chosen = OutputFormats.Parse(format ?? "docx");
        try
        {
            var file = await renderer.RenderAsync(document, chosen, fileStem, ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (PdfPrinterUnavailableException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: ApiProblems.TitleFor(503), detail: ex.Message);
        }
    }

    private static ConsultationKind Kind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "mrc" or "modification-report" or "report" => ConsultationKind.ModificationReport,
        "refinement" => ConsultationKind.Refinement,
        null or "" => throw DomainException.Invalid("Say which consultation: kind=mrc or kind=refinement."),
        _ => throw DomainException.Invalid($"'{(kind.Length <= 20 ? kind : kind[..20] + "…")}' is not a consultation kind: use mrc or refinement."),
    };
}
