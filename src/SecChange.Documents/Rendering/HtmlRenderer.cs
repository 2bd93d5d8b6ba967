using System.Net;
using System.Text;
using SecChange.Documents.Model;

namespace SecChange.Documents.Rendering;

/// <summary>
/// A document as HTML: <see cref="Fragment"/> is the article the website places in its own (GOV.UK) layout;
/// <see cref="Standalone"/> is a whole page with its own small stylesheet, for download and for printing to PDF,
/// where print CSS repeats the label at the top and bottom of every page and numbers the pages.
/// No scripts and no style attributes, so the fragment sits under the website's content security policy.
/// </summary>
public static class HtmlRenderer
{
    public static string Fragment(Document document)
    {
        var html = new StringBuilder();
        html.Append("<article class=\"sc-document\" data-label=\"").Append(document.LabelText).Append("\">\n");
        html.Append("<p class=\"sc-document__label\"><strong class=\"govuk-tag sc-label sc-label--").Append(document.LabelText.ToLowerInvariant())
            .Append("\">").Append(document.LabelText).Append("</strong>");
        if (document.Status is { } status) html.Append(" <strong class=\"govuk-tag govuk-tag--grey sc-document__status\">").Append(E(status)).Append("</strong>");
        html.Append("</p>\n");
        html.Append("<p class=\"govuk-body-s sc-document__statement\">").Append(E(ClassificationLabel.Statement(document.Label))).Append("</p>\n");
        html.Append("<h1 class=\"govuk-heading-xl\">").Append(E(document.Title)).Append("</h1>\n");
        if (document.Subtitle is { } subtitle) html.Append("<p class=\"govuk-body-l\">").Append(E(subtitle)).Append("</p>\n");
        html.Append("<p class=\"govuk-body-s sc-document__provenance\">").Append(E(document.Provenance.Describe())).Append("</p>\n");
        foreach (var block in document.Blocks)
        {
            Block(html, block);
        }

        html.Append("</article>\n");
        return html.ToString();
    }

    /// <param name="forPrint">For the PDF printer: page size, margins, the label and page numbers in every page's margins.</param>
    public static string Standalone(Document document, bool forPrint = false)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(document.FullTitle)).Append("</title>\n");
        html.Append("<meta name=\"classification\" content=\"").Append(document.LabelText).Append("\">\n");
        html.Append("<style>\n").Append(DocumentStyles.Screen);
        html.Append(DocumentStyles.Print(document.LabelText, document.Status, forPrint));
        html.Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"sc-page-label\">").Append(document.LabelText).Append("</header>\n");
        html.Append(Fragment(document));
        html.Append("<footer class=\"sc-page-label\">").Append(document.LabelText).Append("</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Block(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Heading h:
                var (tag, css) = h.Level switch { 1 => ("h2", "govuk-heading-l"), 2 => ("h3", "govuk-heading-m"), _ => ("h4", "govuk-heading-s") };
                html.Append('<').Append(tag).Append(" class=\"").Append(css).Append("\">").Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                break;
            case Paragraph p:
                html.Append("<p class=\"govuk-body\">").Append(Runs(p.Runs)).Append("</p>\n");
                break;
            case BulletList list:
                html.Append("<ul class=\"govuk-list govuk-list--bullet\">\n");
                foreach (var item in list.Items) html.Append("<li>").Append(Runs(item.Runs)).Append("</li>\n");
                html.Append("</ul>\n");
                break;
            case Table table:
                Table(html, table);
                break;
            case BarChart chart:
                html.Append("<figure class=\"sc-chart\">\n").Append(SvgBarChart.Render(chart))
                    .Append("<figcaption class=\"govuk-body-s\">").Append(E(chart.Title)).Append("</figcaption>\n</figure>\n");
                break;
            case Note note:
                html.Append("<div class=\"govuk-inset-text sc-note\">").Append(Runs(note.Runs)).Append("</div>\n");
                break;
            default:
                throw new NotSupportedException($"No HTML rendering for {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder html, Table table)
    {
        html.Append("<table class=\"govuk-table\">\n");
        if (table.Caption is { } caption) html.Append("<caption class=\"govuk-table__caption govuk-table__caption--s\">").Append(E(caption)).Append("</caption>\n");
        html.Append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        foreach (var h in table.Header) html.Append("<th scope=\"col\" class=\"govuk-table__header\">").Append(E(h)).Append("</th>");
        html.Append("</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr class=\"govuk-table__row\">");
            foreach (var cell in row)
            {
                html.Append("<td class=\"govuk-table__cell\">");
                html.AppendJoin("<br>", cell.Paragraphs.Select(p => Runs(p.Runs)));
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    internal static string Runs(IEnumerable<Run> runs)
    {
        var html = new StringBuilder();
        foreach (var run in runs)
        {
            var text = E(run.Text).ReplaceLineEndings("<br>");
            if (run.Italic) text = $"<em>{text}</em>";
            if (run.Bold) text = $"<strong>{text}</strong>";
            html.Append(text);
        }

        return html.ToString();
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
