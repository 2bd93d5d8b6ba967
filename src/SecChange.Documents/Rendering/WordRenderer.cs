using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SecChange.Documents.Model;
using Document = SecChange.Documents.Model.Document;
using ModelParagraph = SecChange.Documents.Model.Paragraph;
using ModelRun = SecChange.Documents.Model.Run;
using ModelTable = SecChange.Documents.Model.Table;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SecChange.Documents.Rendering;

/// <summary>
/// A document as a Word file SECAS can edit and publish: real heading styles (so the navigation pane and a table
/// of contents work), tables with repeating header rows, bullets, a native bar chart, the classification label in
/// the header and footer of every page, and "Page n of m" in the footer. Every part is added with a fixed
/// relationship id and the package is re-zipped with the provenance's date, so the same document gives the same bytes.
/// </summary>
public static class WordRenderer
{
    public static byte[] Render(Document document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            WordProperties.Write(word, document);
            var main = word.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            main.Document = new W.Document(new Body());
            WordStyles.Write(main);
            WordPageFurniture.Write(main, document);

            var body = main.Document.Body!;
            var charts = 0;
            foreach (var element in Opening(document))
            {
                body.Append(element);
            }

            foreach (var block in document.Blocks)
            {
                foreach (var element in Elements(main, block, ref charts))
                {
                    body.Append(element);
                }
            }

            body.Append(WordPageFurniture.Section());
        }

        return DeterministicZip.Normalise(stream.ToArray(), document.Provenance.Stamp);
    }

    private static IEnumerable<OpenXmlElement> Opening(Document document)
    {
        yield return Styled(WordStyles.Label, [new ModelRun(ClassificationLabel.Statement(document.Label))]);
        yield return Styled(WordStyles.Title, [new ModelRun(document.Title)]);
        if (document.Subtitle is { } subtitle) yield return Styled(WordStyles.Subtitle, [new ModelRun(subtitle)]);
        if (document.Status is { } status) yield return Styled(WordStyles.Subtitle, [new ModelRun(status, Bold: true)]);
        yield return Styled(WordStyles.Provenance, [new ModelRun(document.Provenance.Describe())]);
    }

    private static IEnumerable<OpenXmlElement> Elements(MainDocumentPart main, Block block, ref int charts)
    {
        switch (block)
        {
            case Heading h:
                return [Styled(WordStyles.HeadingStyle(h.Level), [new ModelRun(h.Text)])];
            case ModelParagraph p:
                return [Styled(null, p.Runs)];
            case BulletList list:
                return list.Items.Select(i => Bullet(i.Runs));
            case ModelTable table:
                return [TableOf(table), Styled(null, [])];
            case BarChart chart:
                charts++;
                return [WordChart.Add(main, chart, charts), Styled(WordStyles.Caption, [new ModelRun(chart.Title)])];
            case Note note:
                return [Styled(WordStyles.Note, note.Runs)];
            default:
                throw new NotSupportedException($"No Word rendering for {block.GetType().Name}.");
        }
    }

    internal static W.Paragraph Styled(string? style, IEnumerable<ModelRun> runs)
    {
        var paragraph = new W.Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(runs.Select(RunOf));
        return paragraph;
    }

    private static W.Paragraph Bullet(IEnumerable<ModelRun> runs)
    {
        var paragraph = new W.Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = WordStyles.ListParagraph },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordStyles.BulletNumbering })));
        paragraph.Append(runs.Select(RunOf));
        return paragraph;
    }

    internal static W.Run RunOf(ModelRun run)
    {
        var result = new W.Run();
        if (run.Bold || run.Italic)
        {
            var properties = new RunProperties();
            if (run.Bold) properties.Append(new Bold());
            if (run.Italic) properties.Append(new Italic());
            result.Append(properties);
        }

        var lines = run.Text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) result.Append(new Break());
            result.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return result;
    }

    private static W.Table TableOf(ModelTable table)
    {
        const int Width = 9026; // A4 text width in twentieths of a point with 2.54 cm margins
        var column = Width / table.Header.Count;
        var result = new W.Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0", FirstRow = true, NoHorizontalBand = false, NoVerticalBand = true },
            new TableCaption { Val = table.Caption ?? string.Join(", ", table.Header) }));
        result.Append(new TableGrid(table.Header.Select(_ => new GridColumn { Width = column.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(table.Header.Select(h => CellOf([new ModelParagraph([new ModelRun(h, Bold: true)])], header: true)));
        result.Append(header);
        foreach (var row in table.Rows)
        {
            result.Append(new TableRow(row.Select(c => CellOf(c.Paragraphs, header: false))));
        }

        return result;
    }

    private static TableCell CellOf(IReadOnlyList<ModelParagraph> paragraphs, bool header)
    {
        var cell = new TableCell();
        if (header)
        {
            cell.Append(new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "D9E2EC", Color = "auto" }));
        }

        cell.Append(paragraphs.Count == 0 ? [Styled(WordStyles.TableText, [])] : paragraphs.Select(p => Styled(WordStyles.TableText, p.Runs)));
        return cell;
    }
}
