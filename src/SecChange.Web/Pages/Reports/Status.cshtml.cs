using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Documents.Rendering;
using SecChange.Documents.StatusReport;
using SecChange.Domain.Errors;

namespace SecChange.Web.Pages.Reports;

/// <summary>
/// The Change Status Report for a date, as the reader may see it: the same document the CLI and the API give,
/// shown in the page (with its stage chart) and downloadable as Word, PDF, HTML or Markdown.
/// </summary>
public sealed class StatusModel(ChangeStatusReportDocuments documents) : SecChangePage
{
    [BindProperty(SupportsGet = true, Name = "as-at")] public string? AsAtText { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public LocalDate AsAt { get; private set; }
    public string? AsAtError { get; private set; }
    public string Document { get; private set; } = "";

    public static readonly IReadOnlyList<(OutputFormat Format, string Name)> Downloads =
        [(OutputFormat.Docx, "Word"), (OutputFormat.Pdf, "PDF"), (OutputFormat.Html, "HTML"), (OutputFormat.Markdown, "Markdown")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        AsAt = Display.ParseDate(AsAtText) ?? Today;
        if (!string.IsNullOrWhiteSpace(AsAtText) && (Display.ParseDate(AsAtText) is null || AsAt > Today))
        {
            AsAtError = "Enter a past date as year-month-day, for example 2020-07-31";
            AsAt = Today;
        }

        if (Format is not null && AsAtError is null)
        {
            try
            {
                var file = await documents.RenderAsync(Viewer, AsAt, OutputFormats.Parse(Format), ct);
                return File(file.Content, file.ContentType, file.FileName);
            }
            catch (DomainException ex) when (ex.Kind == ErrorKind.InvalidInput)
            {
                return BadRequest(ex.Message);
            }
        }

        Document = HtmlRenderer.Fragment(await documents.BuildAsync(Viewer, AsAt, ct));
        return Page();
    }

    public string DownloadLink(OutputFormat format) => $"/reports/status?as-at={AsAt:yyyy-MM-dd}&format={format.Extension()}";
}
