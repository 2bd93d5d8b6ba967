using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SecChange.Documents.Rendering;
using SecChange.Domain.Modifications;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace SecChange.Documents.Tests.Rendering;

public sealed class WordRendererTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void Render_WhenHeadingsGiven_UsesWordHeadingStylesWithOutlineLevels()
    {
        using var word = Open(WordRenderer.Render(SampleDocuments.Every()));
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();
        headings.ShouldBe([("Heading1", "1. Summary"), ("Heading2", "Decisions"), ("Heading3", "Actions outstanding")]);
        var style = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading2");
        style.StyleName!.Val!.Value.ShouldBe("heading 2");
        style.StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(1);
    }

    [Fact]
    public void Render_WhenTableGiven_WritesARepeatingHeaderRowAndOneRowPerEntry()
    {
        using var word = Open(WordRenderer.Render(SampleDocuments.Every(extraRows: 2)));
        var table = word.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        rows.Count.ShouldBe(4);
        rows[0].TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        rows[0].InnerText.ShouldBe("Action ReferenceAction");
        rows[1].Elements<TableCell>().Last().Elements<Paragraph>().Select(p => p.InnerText).ShouldBe(["DCC to provide the CSC with draft legal text.", "Status: Open."]);
        rows[3].InnerText.ShouldContain("Action 2 | with a pipe");
    }

    [Theory]
    [InlineData(Classification.White, "WHITE")]
    [InlineData(Classification.Amber, "AMBER")]
    public void Render_WhenLabelled_PrintsTheLabelInTheHeaderAndFooterOfEverySection(Classification label, string text)
    {
        using var word = Open(WordRenderer.Render(SampleDocuments.Every(label, status: "DRAFT")));
        var main = word.MainDocumentPart!;
        var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();
        sections.ShouldNotBeEmpty();
        foreach (var section in sections)
        {
            var header = section.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default);
            ((HeaderPart)main.GetPartById(header.Id!.Value!)).Header!.InnerText.ShouldContain(text);
            ((HeaderPart)main.GetPartById(header.Id!.Value!)).Header!.InnerText.ShouldContain("DRAFT");
            section.Elements<TitlePage>().ShouldBeEmpty(); // no different first page that could go without the header
            var footer = section.Elements<FooterReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default);
            ((FooterPart)main.GetPartById(footer.Id!.Value!)).Footer!.InnerText.ShouldContain(text);
        }
    }

    [Fact]
    public void Render_Always_NumbersPagesInTheFooterWithPageAndNumPagesFields()
    {
        using var word = Open(WordRenderer.Render(SampleDocuments.Every()));
        var footer = word.MainDocumentPart!.FooterParts.Single().Footer!;
        footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
    }

    [Fact]
    public void Render_WhenBarChartGiven_EmbedsANativeChartWithTheCategoriesAndValues()
    {
        using var word = Open(WordRenderer.Render(SampleDocuments.Every()));
        var chart = word.MainDocumentPart!.ChartParts.Single().ChartSpace!;
        chart.Descendants<C.BarChart>().ShouldHaveSingleItem();
        chart.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text).ShouldBe(["Define", "Refine", "Report", "Decision"]);
        chart.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text).ShouldBe(["5", "20", "3", "4"]);
    }

    [Fact]
    public void Render_WhenRenderedTwice_GivesTheSameBytes()
    {
        var first = WordRenderer.Render(SampleDocuments.Every());
        var second = WordRenderer.Render(SampleDocuments.Every());
        second.ShouldBe(first);
    }

    [Fact]
    public void Render_Always_DatesTheFileFromItsProvenanceAndNamesItsLabel()
    {
        using var word = Open(WordRenderer.Render(SampleDocuments.Every(Classification.Green)));
        var core = word.PackageProperties;
        core.Created!.Value.ToUniversalTime().ShouldBe(new DateTime(2020, 7, 23, 9, 30, 0, DateTimeKind.Utc));
        core.Subject.ShouldBe("GREEN");
        core.Title.ShouldBe("Change Status Report — August 2020");
    }

    [Fact]
    public void Render_WhenRunsAreEmphasised_KeepsBoldAndItalic()
    {
        using var word = Open(WordRenderer.Render(SampleDocuments.Every()));
        var runs = word.MainDocumentPart!.Document.Body!.Descendants<Run>().ToList();
        runs.Single(r => r.InnerText == "AGREED").RunProperties!.Bold.ShouldNotBeNull();
        runs.Single(r => r.InnerText == "Draft Proposals").RunProperties!.Italic.ShouldNotBeNull();
    }
}
