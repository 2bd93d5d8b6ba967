namespace SecChange.Cli.Tests;

/// <summary>`secchange report minutes|consultation`: documents from the sample register, written whole, with the CLI's exit codes.</summary>
public class ReportCliTests
{
    private static async Task<CliHarness> SampleAsync()
    {
        var cli = new CliHarness();
        await cli.OkAsync("tour");
        return cli;
    }

    [Fact]
    public async Task ReportMinutes_WhenMarkdown_PrintsTheLabelledDraftMinutes()
    {
        var cli = await SampleAsync();

        var result = await cli.OkAsync("report", "minutes", "CSC 11", "--format", "md");

        result.Output.ShouldStartWith("**WHITE** **DRAFT**");
        result.Output.ShouldContain("# SEC Change Sub-Committee Meeting 11");
        result.Output.ShouldContain("| ACTION CSC 10/01 |");
        result.Output.ShouldContain("The CSC **AGREED** further development is required to define and understand the issue.");
    }

    [Fact]
    public async Task ReportModification_AsTheSeedDraftStood_PrintsSeed004sLayout()
    {
        var cli = await SampleAsync();

        var result = await cli.OkAsync("report", "modification", "MP105", "--as-at", "2020-10-31", "--format", "md");

        result.Output.ShouldStartWith("**WHITE** **DRAFT**");
        result.Output.ShouldContain("## 1. Summary\n\nThis proposal has been raised by Chun Chen from the DCC.");
        result.Output.ShouldContain("| Refinement Consultation | 14 Sep 2020 - 5 Oct 2020 |");
        result.Output.ShouldContain("| SMI | Smart Metering Inventory |");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task AmendText_FromAFile_ReplacesTheSectionTheReportPrints()
    {
        var cli = await SampleAsync();
        var file = Scratch.File("csc-views", ".md");
        await File.WriteAllTextAsync(file, "The CSC asked for the QZX data.\n");

        await cli.OkAsync("amend", "MP105", "--text", $"csc-views={file}", "--on", "2020-10-22");
        var result = await cli.OkAsync("report", "modification", "MP105", "--format", "md");

        result.Output.ShouldContain("#### Views of the Change Sub-Committee\n\nThe CSC asked for the QZX data.");
        result.Error.Trim().ShouldBe("Note: acronyms the SEC glossary does not define, so the report's glossary leaves out: QZX.");
        var unknown = await cli.RunAsync("amend", "MP105", "--text", $"views={file}");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("'views' is not a Modification Report section: use one of summary, issue,");
        var missing = await cli.RunAsync("amend", "MP105", "--text", "issue=/no/such/file.md");
        missing.ExitCode.ShouldBe(2);
        missing.Error.Trim().ShouldBe("error: There is no file /no/such/file.md for the issue text.");
    }

    [Fact]
    public async Task ReportMinutes_WhenWrittenTwiceToAFile_WritesTheSameWordFile()
    {
        var cli = await SampleAsync();
        var first = Scratch.File("minutes", ".docx");
        var second = Scratch.File("minutes", ".docx");

        var result = await cli.OkAsync("report", "minutes", "CSC 11", "--out", first);
        await cli.OkAsync("report", "minutes", "CSC11", "--format", "docx", "--out", second);

        result.Output.ShouldBe($"SEC Change Sub-Committee Meeting 11 (DRAFT) (WHITE) written to {first} ({new FileInfo(first).Length:N0} bytes).\n".ReplaceLineEndings());
        var bytes = await File.ReadAllBytesAsync(first);
        bytes[..2].ShouldBe("PK"u8.ToArray());
        (await File.ReadAllBytesAsync(second)).ShouldBe(bytes);
    }

    [Theory]
    [InlineData(3, "There is no meeting CSC 99 in the register.", "report", "minutes", "CSC 99")]
    [InlineData(2, "'doc' is not a document format: use docx, pdf, html or md.", "report", "minutes", "CSC 11", "--format", "doc")]
    [InlineData(3, "MP105 has had no Modification Report Consultation.", "report", "consultation", "MP105", "--kind", "mrc", "--format", "md")]
    [InlineData(3, "There is no modification MP104 in the register.", "report", "consultation", "MP104", "--kind", "refinement", "--format", "md")]
    [InlineData(2, "--name and --org describe a reader: give --for with them.", "report", "minutes", "CSC 11", "--org", "E.ON")]
    [InlineData(3, "There is no modification MP104 in the register.", "report", "modification", "MP104", "--format", "md")]
    [InlineData(3, "MP105 was not in the register as at 1 Dec 2019: it is first known on 18 Dec 2019.", "report", "modification", "MP105", "--as-at", "2019-12-01")]
    public async Task Report_WhenTheRequestCannotBeMet_SaysWhyWithTheExitCode(int exit, string message, params string[] args)
    {
        var cli = await SampleAsync();

        var result = await cli.RunAsync(args);

        result.ExitCode.ShouldBe(exit);
        result.Error.Trim().ShouldBe($"error: {message}");
    }

    [Fact]
    public async Task ReportMinutes_WhenTheMeetingIsGreen_IsForSignedInReadersOnly()
    {
        var cli = await SampleAsync();
        await cli.OkAsync("meeting", "create", "--body", "csc", "--number", "30", "--on", "2020-03-24", "--classification", "green");
        await cli.OkAsync("meeting", "item", "CSC 30", "--number", "1", "--title", "Draft Proposal Report", "--ref", "DP104");

        var forParty = await cli.OkAsync("report", "minutes", "CSC 30", "--format", "md", "--for", "party", "--org", "E.ON");
        var forPublic = await cli.RunAsync("report", "minutes", "CSC 30", "--format", "md");

        forParty.Output.ShouldStartWith("**GREEN** **DRAFT**");
        forParty.Output.ShouldContain("### DP104 'Security Improvements'");
        forPublic.ExitCode.ShouldBe(3);
        forPublic.Error.Trim().ShouldBe("error: There is no meeting CSC 30 in the register.");
    }

    [Fact]
    public async Task ApproveMinutes_WhenAtTheNextMeeting_MakesTheMinutesFinal()
    {
        var cli = await SampleAsync();
        await cli.OkAsync("meeting", "create", "--body", "wg", "--number", "9", "--on", "2022-01-12");

        var approved = await cli.OkAsync("meeting", "approve-minutes", "WG 1", "--at", "WG 9");

        approved.Output.Trim().ShouldBe("WG 1: Minutes approved at WG 9 on 12 Jan 2022.");
        (await cli.OkAsync("meeting", "show", "WG 1")).Output.ShouldContain("Minutes: approved at WG 9 on");
        var minutes = await cli.OkAsync("report", "minutes", "WG 1", "--format", "md");
        minutes.Output.ShouldStartWith("**WHITE**\n".ReplaceLineEndings());
        minutes.Output.ShouldContain("**Minutes** (approved at WG 9 on 12 January 2022)");
        var again = await cli.RunAsync("meeting", "approve-minutes", "WG 1", "--at", "WG 9");
        again.ExitCode.ShouldBe(2);
        again.Error.ShouldContain("already approved at WG 9");
    }

    [Fact]
    public async Task ReportMinutes_WhenThereIsNoRegister_SaysSoAndCreatesNone()
    {
        var cli = new CliHarness();

        var result = await cli.RunAsync("report", "minutes", "CSC 11", "--format", "md");

        result.ExitCode.ShouldBe(3);
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }
}
