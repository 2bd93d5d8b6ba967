using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.StatusReport;
using SecChange.Documents.Model;
using SecChange.Documents.Rendering;

namespace SecChange.Documents.StatusReport;

/// <summary>The Change Status Report for a date and a reader, as a document and as a rendered file: what every host serves.</summary>
public sealed class ChangeStatusReportDocuments(ChangeStatusReports reports, DocumentRenderer renderer)
{
    public async Task<Document> BuildAsync(Viewer viewer, LocalDate asAt, CancellationToken ct = default) =>
        ChangeStatusReportDocument.Of(await reports.BuildAsync(viewer, asAt, ct));

    public async Task<RenderedDocument> RenderAsync(Viewer viewer, LocalDate asAt, OutputFormat format, CancellationToken ct = default) =>
        await renderer.RenderAsync(await BuildAsync(viewer, asAt, ct), format, FileStem(asAt), ct);

    /// <summary>"change-status-report-2020-07-31".</summary>
    public static string FileStem(LocalDate asAt) => $"change-status-report-{asAt:yyyy-MM-dd}";
}
