using System.Text.Json;

namespace SecChange.Cli.Tests;

/// <summary>`--as-at DATE` on the read commands, against the sample register (seed 001's August 2020 facts).</summary>
public class AsAtCliTests
{
    private static async Task<CliHarness> SampleAsync()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        return cli;
    }

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Output).RootElement;

    [Theory]
    [InlineData("--as-at")]
    [InlineData("--as-of")]
    public async Task AssessmentList_WhenAsAt3August2020_ListsWhatWasOpenThen(string option)
    {
        var cli = await SampleAsync();

        var rows = Json(await cli.OkAsync("assessment", "list", "--open", option, "2020-08-03", "--json")).EnumerateArray()
            .Select(r => (r.GetProperty("modification").GetString(), r.GetProperty("assessment").GetProperty("id").GetString()))
            .ToList();

        rows.ShouldContain(("MP105", "PA2"));
        rows.ShouldContain(("MP078", "PA2"));
        rows.ShouldNotContain(("MP105", "IA1"));
        rows.Count.ShouldBe(12);
    }

    [Fact]
    public async Task AssessmentList_WhenNoDate_ListsTodaysOpenAssessments()
    {
        var cli = await SampleAsync();

        var result = await cli.OkAsync("assessment", "list", "--open");

        result.Output.ShouldContain("as at the end of 21 Nov 2026");
        result.Output.ShouldNotContain("PA2"); // MP105's and MP078's were returned in 2020 and 2021
    }

    [Fact]
    public async Task List_WhenAsAt30July2020_ShowsTheStagesOfThen()
    {
        var cli = await SampleAsync();

        var rows = Json(await cli.OkAsync("list", "--as-at", "2020-07-30", "--json")).EnumerateArray().ToList();

        rows.Count.ShouldBe(42); // the last nine are first known at the end of July, from the August 2020 report
        rows.Single(r => r.GetProperty("reference").GetString() == "DP094").GetProperty("stage").GetString().ShouldBe("Define");
        rows.Single(r => r.GetProperty("reference").GetString() == "MP135").GetProperty("state").GetString().ShouldBe("Implemented");
        (await cli.OkAsync("list", "--as-at", "2020-07-30", "--stage", "implement")).Output.ShouldContain("3 modifications as at the end of 30 Jul 2020");
    }

    [Fact]
    public async Task Show_WhenAsAtBeforeConversion_ShowsTheDraftProposalAsItWas()
    {
        var cli = await SampleAsync();

        var view = Json(await cli.OkAsync("show", "MP105", "--as-at", "2020-01-10", "--json"));

        view.GetProperty("reference").GetString().ShouldBe("DP105");
        view.GetProperty("state").GetString().ShouldBe("AwaitingConversion");
        view.GetProperty("assessments").GetArrayLength().ShouldBe(0);
        view.GetProperty("timeline").GetArrayLength().ShouldBe(2);
        view.GetProperty("asOf").GetString().ShouldBe("2020-01-10");
    }

    [Fact]
    public async Task Show_WhenAsAtWhileAnAssessmentWasOpen_CountsItsDurationToThatDay()
    {
        var cli = await SampleAsync();

        var result = await cli.OkAsync("show", "MP105", "--as-at", "2020-08-03");

        result.Output.ShouldStartWith("As at the end of 3 Aug 2020:");
        result.Output.ShouldContain("Duration (WD to 3 Aug 2020)");
        result.Output.ShouldContain("11 WD");
        result.Output.ShouldNotContain("IA1");
    }

    [Fact]
    public async Task Show_WhenFirstKnownAfterTheAsAtDate_IsNotFound()
    {
        var cli = await SampleAsync();

        var result = await cli.RunAsync("show", "MP105", "--as-at", "2019-12-17");

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("MP105 was not in the register as at 17 Dec 2019: it is first known on 18 Dec 2019.");
    }

    [Fact]
    public async Task Show_WhenEnteredFromHistory_SaysTheRaisedDateIsNotKnown()
    {
        var cli = await SampleAsync();

        (await cli.OkAsync("show", "MP078")).Output.ShouldContain("not known (first known 31 Dec 2019)");
        var view = Json(await cli.OkAsync("show", "MP078", "--json"));
        view.TryGetProperty("raisedOn", out _).ShouldBeFalse();
        view.GetProperty("firstKnownOn").GetString().ShouldBe("2019-12-31");
        Json(await cli.OkAsync("show", "MP135", "--json")).GetProperty("raisedOn").GetString().ShouldBe("2020-07-10");
    }

    [Fact]
    public async Task ReleaseList_WhenAsAtTheDayBeforeTheStandaloneRelease_ShowsItUpcoming()
    {
        var cli = await SampleAsync();

        var releases = Json(await cli.OkAsync("release", "list", "--as-at", "2020-07-22", "--json")).EnumerateArray().ToList();

        var standalone = releases.Single(r => r.GetProperty("release").GetProperty("id").GetString() == "2020-07-23");
        standalone.GetProperty("progress").GetString().ShouldBe("Upcoming");
        standalone.GetProperty("modifications")[0].GetProperty("status").GetString().ShouldBe("Approved");
        releases.Select(r => r.GetProperty("release").GetProperty("id").GetString()).ShouldNotContain("2022-06");
    }

    [Fact]
    public async Task MeetingList_WhenAsAt_ListsOnlyMeetingsHeldByThen()
    {
        var cli = await SampleAsync();

        Json(await cli.OkAsync("meeting", "list", "--as-at", "2020-01-27", "--json")).GetArrayLength().ShouldBe(0);
        var held = Json(await cli.OkAsync("meeting", "list", "--as-at", "2020-01-28", "--json")).EnumerateArray()
            .Select(m => m.GetProperty("id").GetString()).ToList();
        held.ShouldBe(["CSC 11"]);
    }

    [Fact]
    public async Task List_WhenAsAtIsNotADate_ExitsWithBadInput()
    {
        var cli = await SampleAsync();

        var result = await cli.RunAsync("list", "--as-at", "2020-02-30");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("is not a date");
    }

    [Fact]
    public async Task Audit_WhenAskedForTheModificationProposal_IncludesWhatWasRecordedWhileItWasADraft()
    {
        var cli = await SampleAsync();
        await cli.OkAsync("raise", "--title", "Read firmware on Suspended Devices", "--proposer", "Chun Chen", "--party", "DCC", "--on", "2021-01-04");
        await cli.OkAsync("csc-outcome", "DP139", "--outcome", "ready-to-convert", "--route", "refinement", "--meeting", "CSC 23", "--on", "2021-01-26");
        await cli.OkAsync("convert", "DP139", "--path", "3", "--route", "refinement", "--on", "2021-02-19");

        foreach (var asked in new[] { "MP139", "DP139" })
        {
            var entries = Json(await cli.OkAsync("audit", asked, "--json")).EnumerateArray()
                .Select(e => (e.GetProperty("command").GetString(), e.GetProperty("target").GetString())).ToList();

            entries.ShouldBe([("raise", "DP139"), ("csc-outcome", "DP139"), ("convert", "MP139")], asked);
        }
    }

    [Fact]
    public async Task Timeline_WhenAsAt_EndsAtThatDay()
    {
        var cli = await SampleAsync();

        var timeline = Json(await cli.OkAsync("timeline", "MP105", "--as-at", "2020-01-17", "--json")).EnumerateArray().ToList();

        timeline.Count.ShouldBe(3);
        timeline[^1].GetProperty("step").GetString().ShouldBe("convert");
    }
}
