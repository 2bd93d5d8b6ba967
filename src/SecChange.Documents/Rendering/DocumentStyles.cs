namespace SecChange.Documents.Rendering;

/// <summary>
/// The stylesheet of a standalone HTML document: a plain GOV.UK-like look on screen, and for print an A4 page
/// whose top and bottom margins carry the classification label (and status) and "Page n of m" on every page.
/// </summary>
internal static class DocumentStyles
{
    public const string Screen = """
        body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; color: #0b0c0c; margin: 0 auto; max-width: 960px; padding: 0 16px; line-height: 1.35; }
        .sc-page-label { display: none; }
        .govuk-heading-xl { font-size: 2rem; margin: 0.5em 0 0.3em; }
        .govuk-heading-l { font-size: 1.5rem; margin: 1.2em 0 0.4em; }
        .govuk-heading-m { font-size: 1.2rem; margin: 1em 0 0.4em; }
        .govuk-heading-s { font-size: 1rem; margin: 0.8em 0 0.3em; }
        .govuk-body-l { font-size: 1.2rem; color: #505a5f; }
        .govuk-body-s { font-size: 0.85rem; }
        .sc-document__provenance { color: #505a5f; }
        .govuk-tag { display: inline-block; padding: 2px 8px; font-weight: bold; letter-spacing: 0.05em; }
        .sc-label { background: #000; color: #fff; }
        .sc-label--green { color: #33ff00; } .sc-label--amber { color: #ffc000; } .sc-label--red { color: #ff2b2b; }
        .govuk-tag--grey { background: #eeefef; color: #383f43; }
        .govuk-table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.2em; font-size: 0.95rem; }
        .govuk-table__caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
        .govuk-table__header, .govuk-table__cell { border: 1px solid #b1b4b6; padding: 4px 8px; text-align: left; vertical-align: top; }
        .govuk-table__header { background: #d9e2ec; }
        .govuk-table__head { display: table-header-group; }
        .govuk-table__row { break-inside: avoid; }
        .govuk-inset-text { border-left: 6px solid #b1b4b6; padding: 0.3em 0.8em; margin: 0.8em 0; }
        .sc-chart { margin: 0.5em 0 1.2em; }
        .sc-chart svg { max-width: 100%; height: auto; }
        .sc-chart__bar { fill: #1d70b8; }
        .sc-chart__axis { stroke: #0b0c0c; }
        .sc-chart__text { font: 12px Arial, "Liberation Sans", sans-serif; fill: #0b0c0c; }
        h2, h3, h4 { break-after: avoid; }

        """;

    public static string Print(string label, string? status, bool forPrint)
    {
        var top = status is null ? $"\"{label}\"" : $"\"{label}  {status}\"";
        var page = forPrint ? """
            @page { size: A4; margin: 22mm 18mm 22mm 18mm; }

            """ : "";
        return page + $$"""
            @media print {
              @page {
                @top-center { content: {{top}}; font: bold 10pt Arial, "Liberation Sans", sans-serif; }
                @bottom-left { content: "{{label}}"; font: bold 9pt Arial, "Liberation Sans", sans-serif; }
                @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, "Liberation Sans", sans-serif; }
              }
              body { max-width: none; padding: 0; }
            }

            """;
    }
}
