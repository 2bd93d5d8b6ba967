using System.Diagnostics;
using SecChange.Documents.Rendering;
using SecChange.Domain.Modifications;

namespace SecChange.Documents.Tests.Rendering;

/// <summary>The PDF printed by Chromium, read back with pdftotext (poppler-utils); skipped locally when either is missing.</summary>
public sealed class PdfRendererTests
{
    private static async Task<byte[]> PrintAsync(Classification label, int rows)
    {
        Prerequisite.Require(ChromiumPdfPrinter.Find() is not null, "Chromium: PDF documents are printed with /usr/bin/chromium (apt install chromium).");
        var renderer = new DocumentRenderer(new ChromiumPdfPrinter());
        return (await renderer.RenderAsync(SampleDocuments.Every(label, status: "DRAFT", extraRows: rows), OutputFormat.Pdf, "report")).Content;
    }

    private static string[] Pages(byte[] pdf)
    {
        Prerequisite.Require(Prerequisite.OnPath("pdftotext"), "pdftotext: the PDF tests read text with poppler-utils (apt install poppler-utils).");
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Split('\f').Where(p => p.Trim().Length > 0).ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task Print_WhenTheDocumentRunsToSeveralPages_PrintsTheLabelAndPageNumberOnEveryPage()
    {
        var pages = Pages(await PrintAsync(Classification.Green, rows: 120));
        pages.Length.ShouldBeGreaterThan(1);
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i].ShouldContain("GREEN");
            pages[i].ShouldContain("DRAFT");
            pages[i].ShouldContain($"Page {i + 1} of {pages.Length}");
        }

        pages[0].ShouldContain("Change Status Report");
        pages[0].ShouldContain("Action Reference");
        string.Concat(pages).ShouldContain("Action 120 | with a pipe");
    }

    [SkippableFact]
    public async Task Print_WhenPrintedTwice_GivesTheSameBytesDatedFromTheProvenance()
    {
        var first = await PrintAsync(Classification.White, rows: 0);
        var second = await PrintAsync(Classification.White, rows: 0);
        second.ShouldBe(first);
        System.Text.Encoding.Latin1.GetString(first).ShouldContain("(D:20200723093000");
    }
}
