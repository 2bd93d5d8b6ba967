using SecChange.Documents.Rendering;
using SecChange.Domain.Modifications;

namespace SecChange.Documents.Tests.Rendering;

public sealed class HtmlAndMarkdownRendererTests
{
    [Fact]
    public void Fragment_Always_ShowsTheLabelStatementAndProvenanceWithGovukClasses()
    {
        var html = HtmlRenderer.Fragment(SampleDocuments.Every(Classification.Amber, status: "DRAFT"));
        html.ShouldContain("<strong class=\"govuk-tag sc-label sc-label--amber\">AMBER</strong>");
        html.ShouldContain("This document is classified as Amber in accordance with the Panel Information Policy.");
        html.ShouldContain("Generated from the register as at 31 July 2020; last event: MP135 event 3, recorded 2020-07-23 09:30 UTC.");
        html.ShouldContain("<h2 class=\"govuk-heading-l\">1. Summary</h2>");
        html.ShouldContain("<th scope=\"col\" class=\"govuk-table__header\">Action Reference</th>");
        html.ShouldContain("The CSC <strong>AGREED</strong> further development is required.");
        html.ShouldContain("DRAFT");
    }

    [Fact]
    public void Fragment_Always_HasNoInlineStyleOrScriptForTheSitesContentSecurityPolicy()
    {
        var html = HtmlRenderer.Fragment(SampleDocuments.Every());
        html.ShouldNotContain("style=");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<style");
    }

    [Fact]
    public void Fragment_WhenBarChartGiven_DrawsOneBarPerCategoryToScale()
    {
        var html = HtmlRenderer.Fragment(SampleDocuments.Every());
        html.Split("<rect class=\"sc-chart__bar\"").Length.ShouldBe(5);
        html.ShouldContain("aria-label=\"Proposals currently in each stage: Define: 5; Refine: 20; Report: 3; Decision: 4\"");
        html.ShouldContain("height=\"220\""); // the tallest bar (20) fills the plot
    }

    [Fact]
    public void Fragment_WhenTextHoldsMarkup_EscapesIt()
    {
        var document = SampleDocuments.Every() with { Title = "<script>alert(1)</script>" };
        HtmlRenderer.Fragment(document).ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void Standalone_WhenPrinted_PutsTheLabelAndPageNumbersInEveryPagesMargins()
    {
        var html = HtmlRenderer.Standalone(SampleDocuments.Every(Classification.Red, status: "DRAFT"), forPrint: true);
        html.ShouldContain("@top-center { content: \"RED  DRAFT\"");
        html.ShouldContain("@bottom-left { content: \"RED\"");
        html.ShouldContain("content: \"Page \" counter(page) \" of \" counter(pages)");
        html.ShouldContain("<title>Change Status Report — August 2020 (DRAFT)</title>");
    }

    [Fact]
    public void Markdown_Always_WritesLabelHeadingsTablesAndTheChartAsATable()
    {
        var md = MarkdownRenderer.Render(SampleDocuments.Every(extraRows: 1));
        md.ShouldStartWith("**WHITE**");
        md.ShouldContain("\n## 1. Summary\n");
        md.ShouldContain("\n#### Actions outstanding\n");
        md.ShouldContain("| Action Reference | Action |\n| --- | --- |\n");
        md.ShouldContain("| ACTION CSC 10/01 | DCC to provide the CSC with draft legal text.<br>**Status:** Open. |");
        md.ShouldContain("Action 1 \\| with a pipe");
        md.ShouldContain("| Refine | 20 |");
        md.ShouldContain("The CSC **AGREED** further development is required.");
        md.ShouldContain("> Durations are counted in Working Days.");
        md.TrimEnd().ShouldEndWith("**WHITE**");
    }
}
