using System.IO.Compression;

namespace SecChange.Cli.Tests;

/// <summary>`report status`: the Change Status Report written as a file, for the public or (with --for) another reader.</summary>
public class StatusReportCliTests
{
    private static async Task<CliHarness> SampleAsync()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        return cli;
    }

    [Fact]
    public async Task ReportStatus_WhenWord_WritesTheDocxWithItsChart()
    {
        var cli = await SampleAsync();
        var file = Scratch.File("csr", ".docx");

        var result = await cli.OkAsync("report", "status", "--as-at", "2020-07-31", "--format", "docx", "--out", file);

        result.Output.ShouldContain("Change Status Report (WHITE) written to");
        using var zip = ZipFile.OpenRead(file);
        zip.Entries.ShouldContain(e => e.FullName.StartsWith("word/charts/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportStatus_WhenForThePublicOrSecas_CountsWhatEachMaySeeUnderItsLabel()
    {
        var cli = await SampleAsync();

        var operatorCopy = (await cli.OkAsync("report", "status", "--as-at", "2020-07-31", "--format", "md", "--for", "secas")).Output;
        var publicCopy = (await cli.OkAsync("report", "status", "--as-at", "2020-07-31", "--format", "md")).Output;

        operatorCopy.ShouldContain("| Define | 9 |");
        operatorCopy.ShouldStartWith("**GREEN**"); // DP104 is GREEN
        publicCopy.ShouldContain("| Define | 8 |");
        publicCopy.ShouldStartWith("**WHITE**");
    }

    [Fact]
    public async Task ReportStatus_WhenBadFormat_ExitsTwoWritingNothing()
    {
        var cli = await SampleAsync();
        var file = Scratch.File("csr", ".odt");

        var result = await cli.RunAsync("report", "status", "--as-at", "2020-07-31", "--format", "odt", "--out", file);

        (result.ExitCode, result.Output).ShouldBe((2, ""));
        result.Error.ShouldContain("is not a document format");
        File.Exists(file).ShouldBeFalse();
    }
}
