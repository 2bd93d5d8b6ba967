using System.Text.Json;
using SecChange.Testing;

namespace SecChange.Cli.Tests;

/// <summary>`calendar import`: the 2028 bank holidays brought in at run time, with the clock in 2028.</summary>
public class CalendarImportCliTests
{
    private static readonly string File2028 = SampleFiles.BankHolidays2028Path;

    [Fact]
    public async Task CalendarBetween_In2028BeforeImport_FailsNamingTheImport()
    {
        var cli = new CliHarness(FixedClock.On(2028, 1, 10));

        var result = await cli.RunAsync("calendar", "between", "2028-01-04", "2028-02-01");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("is outside the bank-holiday data (2014-01-01 to 2027-12-31): working days cannot be counted there");
        result.Error.ShouldContain("'calendar import FILE'");
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task CalendarImport_2028File_CountsWorkingDaysIn2028()
    {
        var cli = new CliHarness(FixedClock.On(2028, 1, 10));

        var imported = await cli.OkAsync("calendar", "import", File2028);
        var between = await cli.OkAsync("calendar", "between", "2028-01-04", "2028-02-01");

        imported.Output.ShouldContain("Imported 8 England and Wales bank holidays for 2028");
        imported.Output.ShouldContain("other divisions in the file are not used");
        imported.Output.ShouldContain("2028 added (8 holidays)");
        imported.Output.ShouldContain("Working Days can now be counted from 1 Jan 2014 to 31 Dec 2028.");
        between.Output.ShouldContain("20 Working Days from 4 Jan 2028 to 1 Feb 2028");
    }

    [Fact]
    public async Task CalendarHolidays_WithTheClockIn2028AfterImport_ListsThisYearsHolidays()
    {
        var cli = new CliHarness(FixedClock.On(2028, 3, 1));
        await cli.OkAsync("calendar", "import", File2028);

        var holidays = JsonDocument.Parse((await cli.OkAsync("calendar", "holidays", "--json")).Output).RootElement;

        holidays.GetProperty("year").GetInt32().ShouldBe(2028);
        holidays.GetProperty("holidays").EnumerateArray().Select(h => h.GetProperty("title").GetString())
            .ShouldContain("Good Friday");
        holidays.GetProperty("holidays").GetArrayLength().ShouldBe(8);
    }

    [Fact]
    public async Task CalendarImport_WhenRepeated_SaysTheYearIsUnchangedAndIsAudited()
    {
        var cli = new CliHarness(FixedClock.On(2028, 1, 10));
        await cli.OkAsync("calendar", "import", File2028);

        var again = await cli.OkAsync("calendar", "import", File2028, "--by", "Holly Burton");
        var audit = await cli.OkAsync("audit", "calendar");

        again.Output.ShouldContain("2028 unchanged");
        audit.Output.ShouldContain("calendar import");
        audit.Output.ShouldContain("Holly Burton");
        audit.Output.ShouldContain("8 England and Wales bank holidays for 2028 from bank-holidays-2028.json");
    }

    [Fact]
    public async Task CalendarImport_WhenDryRun_WritesNothing()
    {
        var cli = new CliHarness(FixedClock.On(2028, 1, 10));

        var dry = await cli.OkAsync("calendar", "import", File2028, "--dry-run");
        var between = await cli.RunAsync("calendar", "between", "2028-01-04", "2028-02-01");

        dry.Output.ShouldContain("Would import 8 England and Wales bank holidays");
        dry.Output.ShouldContain("Nothing was written.");
        between.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task CalendarImport_WhenNotSecas_RefusedWithExit2()
    {
        var cli = new CliHarness(FixedClock.On(2028, 1, 10));

        var result = await cli.RunAsync("calendar", "import", File2028, "--as", "panel");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("Only the SECAS administrator may import bank holidays, not SEC Panel.");
        (await cli.RunAsync("calendar", "between", "2028-01-04", "2028-02-01")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task CalendarOverride_WhenNotSecas_RefusedWithExit2AndTheDateUnchanged()
    {
        var cli = new CliHarness();

        var refused = await cli.RunAsync("calendar", "override", "2020-09-21", "--reason", "Local holiday", "--as", "party");
        var between = await cli.RunAsync("calendar", "between", "2020-09-18", "2020-09-22");

        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain("Only the SECAS administrator may override the calendar, not SEC Party.");
        between.Output.ShouldContain("2 Working Days from 18 Sep 2020");
    }

    [Fact]
    public async Task CalendarImport_WhenFileMissing_NotFoundWithExit3()
    {
        var cli = new CliHarness();

        var result = await cli.RunAsync("calendar", "import", "no-such-bank-holidays.json");

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("There is no file no-such-bank-holidays.json.");
    }

    [Fact]
    public async Task CalendarImport_WhenFileMalformed_RefusedWithExit2AndNothingWritten()
    {
        var cli = new CliHarness(FixedClock.On(2028, 1, 10));
        var path = Path.Combine(Path.GetTempPath(), $"secchange-holidays-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(File2028)).Replace("\"2028-04-17\"", "\"2028-04-14\"", StringComparison.Ordinal));
        try
        {
            var result = await cli.RunAsync("calendar", "import", path);

            result.ExitCode.ShouldBe(2);
            result.Error.ShouldContain("holds 2028-04-14 twice");
            (await cli.OkAsync("audit", "calendar")).Output.ShouldNotContain("calendar import");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AssessmentDuration_WithTheClockIn2028AfterImport_CountsToTodayOverThe2028Holidays()
    {
        var cli = new CliHarness(FixedClock.On(2028, 5, 2));
        await cli.OkAsync("calendar", "import", File2028);
        await cli.OkAsync("raise", "--title", "Read firmware on suspended Devices", "--proposer", "Chun Chen", "--party", "DCC", "--on", "2028-03-01");
        await cli.OkAsync("csc-outcome", "DP1", "--outcome", "ready-to-convert", "--route", "refinement", "--meeting", "CSC 90", "--on", "2028-03-07");
        await cli.OkAsync("convert", "DP1", "--path", "3", "--route", "refinement", "--on", "2028-03-20");
        await cli.OkAsync("assessment", "request", "MP1", "--kind", "pa", "--on", "2028-04-03");
        await cli.OkAsync("assessment", "accept", "MP1", "PA1", "--on", "2028-04-03");

        var list = JsonDocument.Parse((await cli.OkAsync("assessment", "list", "--open", "--json")).Output).RootElement;

        var pa = list.EnumerateArray().ShouldHaveSingleItem().GetProperty("assessment");
        // 15 WD from 3 Apr skips Good Friday and Easter Monday; to today (2 May) also skips Early May bank holiday.
        pa.GetProperty("dueOn").GetString().ShouldBe("2028-04-26");
        pa.GetProperty("durationWorkingDays").GetInt32().ShouldBe(18);
    }
}
