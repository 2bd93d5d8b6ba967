using System.Text.Json;

namespace SecChange.Cli.Tests;

public class RegisterQueryTests
{
    [Theory]
    [InlineData(new[] { "--release", "2020-11" }, 13)]
    [InlineData(new[] { "--stage", "define" }, 9)]
    [InlineData(new[] { "--state", "awaiting-authority-decision" }, 1)]
    [InlineData(new[] { "--party", "security sub-committee" }, 2)]
    [InlineData(new[] { "--text", "traffic management" }, 3)]
    [InlineData(new[] { "--path", "3", "--stage", "opine" }, 1)]
    public async Task List_WhenFiltered_ReturnsTheMatchingRowsAsJson(string[] filter, int expected)
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.OkAsync(["list", "--json", .. filter]);

        JsonDocument.Parse(result.Output).RootElement.GetArrayLength().ShouldBe(expected);
    }

    [Fact]
    public async Task Show_WhenMp105_PrintsTheTimetableAndAssessments()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.OkAsync("show", "MP105");

        result.Output.ShouldContain("18 Dec 2019");
        result.Output.ShouldContain("Refinement Consultation");
        result.Output.ShouldContain("14 Sep 2020");
        result.Output.ShouldContain("PA2");
        result.Output.ShouldContain("Allowed next:");
    }

    [Fact]
    public async Task AssessmentList_WhenAsOfTheReportDate_ShowsOpenAssessmentsWithDurations()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var rows = JsonDocument.Parse((await cli.OkAsync("assessment", "list", "--open", "--as-at", "2020-08-03", "--json")).Output).RootElement;

        var mp109 = rows.EnumerateArray().Single(r => r.GetProperty("modification").GetString() == "MP109").GetProperty("assessment");
        mp109.GetProperty("acceptedOn").GetString().ShouldBe("2020-05-26");
        mp109.GetProperty("durationWorkingDays").GetInt32().ShouldBe(49); // 3 in May, 22 in June, 23 in July, 1 in August
    }

    [Fact]
    public async Task ExportThenImport_WhenIntoANewDatabase_RecreatesTheSameRegister()
    {
        var first = new CliHarness();
        await first.OkAsync("init", "--sample");
        await first.OkAsync("wg-meeting", "MP105", "--on", "2020-11-04");
        var file = Scratch.File("secchange-export", ".json");
        await first.OkAsync("export", file);

        var second = new CliHarness();
        await second.OkAsync("import", "--dry-run", file);
        (await second.OkAsync("list")).Output.ShouldContain("0 modifications");
        await second.OkAsync("import", file);

        (await second.OkAsync("show", "MP105", "--json")).Output.ShouldBe((await first.OkAsync("show", "MP105", "--json")).Output);
        (await second.OkAsync("list", "--json")).Output.ShouldBe((await first.OkAsync("list", "--json")).Output);
    }

    [Fact]
    public async Task ReleaseNext_WhenMp105Dates_AppliesTheImplementationDateRule()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        (await cli.OkAsync("release", "next", "--ref", "MP105", "--decided-on", "2021-02-04")).Output.ShouldContain("November 2021 SEC Release");
        (await cli.OkAsync("release", "next", "--ref", "MP105", "--decided-on", "2021-02-05")).Output.ShouldContain("November 2022 SEC Release");
        (await cli.OkAsync("release", "next", "--ref", "MP105", "--decided-on", "2022-02-04")).Output.ShouldContain("No defined release");
    }

    [Fact]
    public async Task Calendar_WhenAskedAboutMovedHolidays_CountsThem()
    {
        var cli = new CliHarness();

        (await cli.OkAsync("calendar", "between", "2020-05-01", "2020-05-11")).Output.ShouldContain("5 Working Days");
        (await cli.OkAsync("calendar", "add", "2022-06-01", "1")).Output.ShouldContain("6 Jun 2022");
        (await cli.OkAsync("calendar", "holidays", "--year", "2022")).Output.ShouldContain("Platinum Jubilee");
    }
}

public class ReferenceDataCommandTests
{
    [Fact]
    public async Task PartyAndPerson_WhenAdded_AreListedAndAudited()
    {
        var cli = new CliHarness();
        await cli.OkAsync("party", "add", "Utility Warehouse", "--category", "small-supplier");
        await cli.OkAsync("party", "person", "Joe Hehir", "--organisation", "SECAS", "--role", "Lead Analyst");

        (await cli.OkAsync("party", "list")).Output.ShouldContain("Small Supplier");
        (await cli.OkAsync("party", "people")).Output.ShouldContain("Lead Analyst");
        (await cli.OkAsync("audit", "Joe Hehir")).Output.ShouldContain("person save");
    }

    [Fact]
    public async Task ReleaseAdd_WhenDuplicateOrBaselinedAfterItsDate_IsRefused()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        (await cli.RunAsync("release", "add", "2020-11", "--name", "Again", "--date", "2020-11-29", "--kind", "scheduled")).Error.ShouldContain("already exists");
        (await cli.RunAsync("release", "add", "2023-06", "--name", "June 2023 SEC Release", "--date", "2023-06-29", "--kind", "scheduled",
            "--full-scope-baselined-on", "2023-07-01")).ExitCode.ShouldBe(2);
        await cli.OkAsync("release", "add", "2023-06", "--name", "June 2023 SEC Release", "--date", "2023-06-29", "--kind", "scheduled",
            "--dcc", "--duis", "--dcc-scope-baselined-on", "2022-06-30", "--full-scope-baselined-on", "2022-12-29");
        (await cli.OkAsync("release", "next", "--decided-on", "2022-09-01", "--dcc", "--duis")).Output.ShouldContain("June 2023 SEC Release");
    }
}

public class ConfiguredRuleDisplayTests
{
    [Fact]
    public async Task Show_WhenADraftProposalIsNew_GivesTheSecasReplyDueDate()
    {
        var cli = new CliHarness();
        await cli.OkAsync("raise", "--title", "A new problem", "--proposer", "Ralph Baxter", "--party", "Octopus Energy", "--on", "2020-12-23");

        var shown = System.Text.Json.JsonDocument.Parse((await cli.OkAsync("show", "DP001", "--json")).Output).RootElement;

        shown.GetProperty("secasResponseDueOn").GetString().ShouldBe("2021-01-04"); // 5 WD over Christmas, the substitute day and New Year
    }

    [Fact]
    public async Task Withdraw_WhenDone_ShowsTheAdoptionRule()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        await cli.OkAsync("withdraw", "DP111", "--reason", "Resolved outside the SEC", "--on", "2020-03-02");

        (await cli.OkAsync("show", "DP111")).Output.ShouldContain("adopt a withdrawn proposal within 5 Working Days");
    }

    [Fact]
    public async Task ReleaseAdd_WhenScheduledOutsideTheReleaseMonths_IsRefused()
    {
        var cli = new CliHarness();

        var result = await cli.RunAsync("release", "add", "2023-09", "--name", "September", "--date", "2023-09-28", "--kind", "scheduled");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("scheduled releases fall in months 2, 6, 11");
        await cli.OkAsync("release", "add", "2023-09", "--name", "Standalone", "--date", "2023-09-28", "--kind", "standalone");
    }
}
