using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Application.StatusReport;
using SecChange.Documents.Rendering;
using SecChange.Documents.StatusReport;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace SecChange.Documents.Tests.StatusReport;

/// <summary>The Change Status Report as at 31 July 2020 from the sample register, opened as the Word file SECAS would edit.</summary>
public sealed class ChangeStatusReportDocumentTests
{
    private static readonly Lazy<ChangeStatusReport> Report = new(() =>
    {
        var document = ReferenceData.SampleRegister();
        var modifications = RegisterReplay.ReplayAll(document, new ModificationProcess(ReferenceData.Rules(), ReferenceData.EnglandAndWalesCalendar,
            FixedClock.On(2026, 11, 21)));
        return new ChangeStatusReportBuilder(ReferenceData.EnglandAndWalesCalendar, new LocalDate(2020, 7, 31))
            .Build(modifications.Where(m => m.Classification == Classification.White).ToList(), document.Releases, document.Meetings);
    });

    private static WordprocessingDocument Word() =>
        WordprocessingDocument.Open(new MemoryStream(WordRenderer.Render(ChangeStatusReportDocument.Of(Report.Value))), false);

    private static Body Body(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!;

    [Fact]
    public void Word_WhenEndOfJuly2020_HasTheSeedsSectionsAsHeadings()
    {
        using var word = Word();

        var headings = Body(word).Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();

        headings.ShouldBe(["1. Purpose", "2. Recommendation", "3. Summary", "4. Define", "5. Refine", "6. Opine", "7. Releases", "Notes"]);
        Body(word).Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading3")
            .Select(p => p.InnerText).ShouldContain("DP138");
    }

    [Fact]
    public void Word_WhenEndOfJuly2020_TablesHaveARowPerAssessment()
    {
        using var word = Word();

        var tables = Body(word).Descendants<Table>().ToList();
        var open = tables.Single(t => t.Descendants<TableRow>().First().InnerText.Contains("Current duration", StringComparison.Ordinal));
        var returned = tables.Single(t => t.Descendants<TableRow>().First().InnerText.Contains("Actual duration", StringComparison.Ordinal));

        open.Descendants<TableRow>().Count().ShouldBe(1 + 11);
        open.Descendants<TableRow>().ElementAt(1).Descendants<TableCell>().Select(c => c.InnerText).ShouldBe(["SECMP0056", "IA", "2 Jul 19", "40 WD", "275 WD"]);
        returned.Descendants<TableRow>().Count().ShouldBe(1 + 22);
    }

    [Fact]
    public void Word_WhenEndOfJuly2020_DrawsTheStageCountsAsANativeChart()
    {
        using var word = Word();

        var chart = word.MainDocumentPart!.ChartParts.Single().ChartSpace!;
        chart.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text).ShouldBe(["Define", "Refine", "Opine", "Implement"]);
        // Only WHITE records: DP104 (GREEN) is not counted in Define.
        chart.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text).ShouldBe(["8", "25", "1", "13"]);
    }

    [Fact]
    public void Word_WhenOnlyWhiteRecords_IsLabelledWhiteOnEveryPageAndNamesItsRegisterState()
    {
        using var word = Word();

        foreach (var header in word.MainDocumentPart!.HeaderParts) header.Header!.InnerText.ShouldContain("WHITE");
        Body(word).InnerText.ShouldContain("Generated from the register as at 31 July 2020");
        Report.Value.Classification.ShouldBe(Classification.White);
    }

    [Fact]
    public void Markdown_WhenEndOfJuly2020_ListsTheVotesOf22JulyAndTheReleaseOf29November()
    {
        var markdown = MarkdownRenderer.Render(ChangeStatusReportDocument.Of(Report.Value));

        markdown.ShouldContain("The Change Board voted on five modifications on 22 July 2020:");
        markdown.ShouldContain("- SECMP0015 ‘GPF timestamp for reading instantaneous Gas values’ was rejected under Self-Governance.");
        markdown.ShouldContain("There are currently 13 modifications approved for implementation in the November 2020 SEC Release (29 November 2020):");
        markdown.ShouldContain("weekdays"); // the note on the hand-written reports' counting
    }
}
