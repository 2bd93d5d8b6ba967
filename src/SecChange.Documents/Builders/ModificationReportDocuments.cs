using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.ModificationReport;
using SecChange.Documents.Glossary;
using Document = SecChange.Documents.Model.Document;

namespace SecChange.Documents.Builders;

/// <summary>
/// The Modification Report of one modification for one reader, as the register stood at the end of a date (the
/// modification must be one the reader may see). Every host (CLI, web page, API) asks this.
/// </summary>
public sealed class ModificationReportDocuments(ModificationReports reports)
{
    public async Task<Document> BuildAsync(Viewer reader, string reference, LocalDate asAt, CancellationToken ct = default) =>
        ModificationReportLayout.Build(await reports.BuildAsync(reader, reference, asAt, ct), SecGlossary.Shipped);

    /// <summary>The acronyms the report uses that the SEC glossary lacks: reported to whoever generates it, never invented.</summary>
    public static IReadOnlyList<string> UndefinedAcronyms(Document report) => ModificationReportLayout.UndefinedAcronyms(report, SecGlossary.Shipped);

    /// <summary>The file name without extension: "modification-report-MP105".</summary>
    public static string FileStem(string reference) => $"modification-report-{reference.Trim().ToUpperInvariant()}";
}
