using System.Text.Json;

namespace SecChange.Cli.Tests;

/// <summary>A new modification taken through the whole SEC process from the command line.</summary>
public class LifecycleTests
{
    [Fact]
    public async Task Commands_WhenTakenInOrder_CarryADraftProposalToImplementation()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var raised = await cli.OkAsync("raise", "--title", "Read firmware on suspended Devices", "--proposer", "Chun Chen", "--party", "DCC",
            "--problem", "SR 11.2 is rejected with E5 on Suspended Devices", "--classification", "white", "--on", "2021-01-04");
        raised.Output.ShouldContain("DP139: Draft Proposal raised by Chun Chen (DCC)");
        await cli.OkAsync("csc-outcome", "DP139", "--outcome", "ready-to-convert", "--route", "refinement", "--meeting", "CSC 23", "--on", "2021-01-26");
        await cli.OkAsync("convert", "DP139", "--path", "3", "--route", "refinement", "--on", "2021-02-19");
        await cli.OkAsync("amend", "MP139", "--objectives", "a", "--documents", "Appendix AD", "--categories", "large-supplier,dcc",
            "--dcc-impact", "true", "--duis-impact", "true", "--lead-time-months", "9", "--dcc-cost", "0-150000", "--on", "2021-02-19");
        await cli.OkAsync("assessment", "request", "MP139", "--kind", "pa", "--on", "2021-03-01");
        await cli.OkAsync("assessment", "accept", "MP139", "PA1", "--on", "2021-03-01");
        await cli.OkAsync("assessment", "pause", "MP139", "PA1", "--on", "2021-03-05", "--reason", "Clarification of SMETS1 scope");
        await cli.OkAsync("assessment", "resume", "MP139", "PA1", "--on", "2021-03-10");
        await cli.OkAsync("assessment", "return", "MP139", "PA1", "--on", "2021-03-26");
        await cli.OkAsync("wg-meeting", "MP139", "--on", "2021-04-07", "--summary", "Solution agreed");
        await cli.OkAsync("consultation", "open", "MP139", "--kind", "refinement", "--closes", "2021-05-07", "--on", "2021-04-16");
        await cli.OkAsync("consultation", "close", "MP139", "--kind", "refinement", "--on", "2021-05-07");
        await cli.OkAsync("route", "MP139", "--to", "report", "--on", "2021-05-19");
        await cli.OkAsync("report", "approve", "MP139", "--on", "2021-05-25");
        await cli.OkAsync("consultation", "open", "MP139", "--kind", "mrc", "--closes", "2021-06-18", "--on", "2021-05-28");
        (await cli.RunAsync("vote", "MP139", "--outcome", "approve", "--on", "2021-06-10")).Error
            .ShouldContain("before its Modification Report Consultation has closed");
        await cli.OkAsync("consultation", "close", "MP139", "--kind", "mrc", "--on", "2021-06-18");
        var vote = await cli.OkAsync("vote", "MP139", "--outcome", "approve", "--release", "2022-11", "--on", "2021-06-23");
        vote.Output.ShouldContain("Approved for implementation in release 2022-11");
        await cli.OkAsync("release", "implement", "2022-11", "--on", "2022-11-03");

        var shown = JsonDocument.Parse((await cli.OkAsync("show", "MP139", "--json")).Output).RootElement;
        shown.GetProperty("state").GetString().ShouldBe("Implemented");
        shown.GetProperty("stage").GetString().ShouldBe("Closed");
        shown.GetProperty("version").GetInt32().ShouldBe(19);
        var pa = shown.GetProperty("assessments")[0];
        pa.GetProperty("durationWorkingDays").GetInt32().ShouldBe(16); // 19 WD from 1 to 26 Mar 2021 less 3 WD paused
        shown.GetProperty("allowedNext").GetArrayLength().ShouldBe(0);
        var steps = shown.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("step").GetString()).ToList();
        steps.First().ShouldBe("raise");
        steps.Last().ShouldBe("release implement");
        (await cli.OkAsync("audit", "MP139")).Output.ShouldContain("vote");
    }

    [Fact]
    public async Task Refer_WhenAfterTheWindow_IsRefusedWithTheClosingDate()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var late = await cli.RunAsync("refer", "MP103", "--on", "2020-08-13");
        var inTime = await cli.RunAsync("appeal", "MP103", "--on", "2020-08-12", "--raised-by", "E.ON");

        late.ExitCode.ShouldBe(2);
        late.Error.ShouldContain("closed on 12 Aug 2020 (15 Working Days)");
        inTime.ExitCode.ShouldBe(0, inTime.Error);
        inTime.Output.ShouldContain("Now: Appealed to the Authority");
    }

    [Fact]
    public async Task Alternative_WhenRaised_IsItsOwnRecordLinkedToTheParent()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.OkAsync("alternative", "MP107", "--title", "Validate against the Network Operator certificate only", "--on", "2020-09-01");

        result.Output.ShouldContain("MP107A: Raised as an alternative to MP107");
        (await cli.OkAsync("show", "MP107")).Output.ShouldContain("MP107A");
        JsonDocument.Parse((await cli.OkAsync("show", "MP107A", "--json")).Output).RootElement.GetProperty("parent").GetString().ShouldBe("MP107");
    }
}

public class AlternativeInReportPhaseTests
{
    [Fact]
    public async Task Alternative_WhenParentIsInTheReportPhase_StartsThereOnTheParentsPath()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        await cli.OkAsync("route", "MP107", "--to", "report", "--on", "2020-09-01");

        await cli.OkAsync("alternative", "MP107", "--title", "Alternative in the Report Phase", "--on", "2020-09-02");

        var shown = System.Text.Json.JsonDocument.Parse((await cli.OkAsync("show", "MP107A", "--json")).Output).RootElement;
        shown.GetProperty("state").GetString().ShouldBe("ReportPhase");
        shown.GetProperty("version").GetInt32().ShouldBe(1);
    }
}
