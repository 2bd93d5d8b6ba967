using SecChange.Domain.Calendar;
using SecChange.Domain.Process;
using SecChange.Testing;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class BankHolidayImportTests
{
    private static readonly BankHolidayImport Sample2028 = BankHolidayImport.Parse(SampleFiles.BankHolidays2028());

    private static string File(params (string Date, string Title)[] events) =>
        File(events.Select(e => (e.Date, e.Title, "")));

    private static string File(IEnumerable<BankHoliday> holidays) =>
        File(holidays.Select(h => (h.Date.ToString("uuuu-MM-dd", null), h.Title, h.Notes)));

    private static string File(IEnumerable<(string Date, string Title, string Notes)> events) =>
        "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [" +
        string.Join(", ", events.Select(e => $"{{\"title\": \"{e.Title}\", \"date\": \"{e.Date}\", \"notes\": \"{e.Notes}\", \"bunting\": true}}")) +
        "]}}";

    [Fact]
    public void Parse_Sample2028File_ReadsTheEightEnglandAndWalesHolidaysOnly()
    {
        Sample2028.FirstYear.ShouldBe(2028);
        Sample2028.LastYear.ShouldBe(2028);
        Sample2028.Holidays.Select(h => h.Date).ShouldBe([
            D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29), D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26)]);
        Sample2028.Holidays[0].ShouldBe(new BankHoliday(D(2028, 1, 3), "New Year’s Day", "Substitute day"));
    }

    [Fact]
    public void Parse_WhenDatesOutOfOrder_RefusedNamingThem() =>
        ShouldBeInvalid(() => BankHolidayImport.Parse(File(("2028-05-01", "Early May"), ("2028-04-14", "Good Friday"))),
            "not in date order: 2028-04-14 comes after 2028-05-01");

    [Fact]
    public void Parse_WhenADateIsListedTwice_RefusedNamingIt() =>
        ShouldBeInvalid(() => BankHolidayImport.Parse(File(("2028-04-14", "Good Friday"), ("2028-04-14", "Good Friday"))),
            "holds 2028-04-14 twice");

    [Fact]
    public void Parse_WhenAYearBetweenIsMissing_RefusedNamingIt() =>
        ShouldBeInvalid(() => BankHolidayImport.Parse(File(("2028-01-03", "New Year"), ("2030-01-01", "New Year"))),
            "no holidays in 2029");

    [Fact]
    public void Parse_WhenTitleMissing_Refused() =>
        ShouldBeInvalid(() => BankHolidayImport.Parse(File(("2028-01-03", " "))), "2028-01-03 needs a title");

    [Fact]
    public void Parse_WhenNoEnglandAndWalesEvents_Refused() =>
        ShouldBeInvalid(() => BankHolidayImport.Parse("""{"england-and-wales": {"events": []}, "scotland": {"events": [{"title": "X", "date": "2028-11-30"}]}}"""),
            "holds no 'england-and-wales' events");

    [Fact]
    public void Parse_WhenFileTooLarge_RefusedBeforeParsing() =>
        ShouldBeInvalid(() => BankHolidayImport.Parse(new string(' ', BankHolidayImport.MaxCharacters + 1)), "far smaller");

    [Fact]
    public void Parse_WhenTooManyEvents_Refused()
    {
        var days = Enumerable.Range(0, BankHolidayImport.MaxHolidays + 1).Select(i => (D(2028, 1, 1).PlusDays(i).ToString("uuuu-MM-dd", null), "Day"));
        ShouldBeInvalid(() => BankHolidayImport.Parse(File(days.ToArray())), "at most 1,000");
    }

    [Fact]
    public void Parse_WhenSpanningMoreThanTheYearLimit_Refused()
    {
        var years = Enumerable.Range(2000, BankHolidayImport.MaxYears + 1).Select(y => ($"{y}-01-01", "New Year"));
        ShouldBeInvalid(() => BankHolidayImport.Parse(File(years.ToArray())), "at most 100 years");
    }

    [Fact]
    public void ChangesFrom_ShippedCalendar_Adds2028()
    {
        var change = Sample2028.ChangesFrom(ShippedCalendar).ShouldHaveSingleItem();

        change.WasCovered.ShouldBeFalse();
        change.Added.Count.ShouldBe(8);
        change.Describe().ShouldBe("2028 added (8 holidays)");
    }

    [Fact]
    public void ChangesFrom_WhenYearAlreadyHeldTheSameHolidays_Unchanged()
    {
        var file = BankHolidayImport.Parse(File(ShippedCalendar.Holidays.Where(h => h.Date.Year == 2027)));

        file.ChangesFrom(ShippedCalendar).ShouldHaveSingleItem().Describe().ShouldBe("2027 unchanged");
    }

    [Fact]
    public void ChangesFrom_WhenYearDiffers_NamesAddedAndRemovedHolidays()
    {
        var moved = ShippedCalendar.Holidays.Where(h => h.Date.Year == 2027 && h.Date != D(2027, 8, 30))
            .Append(new BankHoliday(D(2027, 9, 6), "Summer bank holiday (moved)")).OrderBy(h => h.Date);
        var file = BankHolidayImport.Parse(File(moved));

        var change = file.ChangesFrom(ShippedCalendar).ShouldHaveSingleItem();

        change.WasCovered.ShouldBeTrue();
        change.Describe().ShouldBe("2027 replaced (+2027-09-06 Summer bank holiday (moved); -2027-08-30 Summer bank holiday)");
    }

    [Fact]
    public void ChangesFrom_WhenFileLeavesAGapAfterTheCalendar_RefusedNamingTheMissingYears() =>
        ShouldBeInvalid(() => BankHolidayImport.Parse(File(("2030-01-01", "New Year"))).ChangesFrom(ShippedCalendar),
            "import 2028 to 2029 as well");

    [Fact]
    public void ChangesFrom_WhenFileEndsTheYearBeforeTheCalendar_Accepted() =>
        BankHolidayImport.Parse(File(("2013-12-25", "Christmas Day"))).ChangesFrom(ShippedCalendar)
            .ShouldHaveSingleItem().Describe().ShouldBe("2013 added (1 holiday)");

    [Theory]
    [InlineData(ActorRole.Panel)]
    [InlineData(ActorRole.Party)]
    [InlineData(ActorRole.Dcc)]
    public void RequireAdministrator_WhenNotSecas_Refused(ActorRole role) =>
        ShouldBeBroken(() => BankHolidayImport.RequireAdministrator(As(role), "import bank holidays"), $"not {role.Describe()}.");

    [Fact]
    public void RequireAdministrator_WhenSecas_Allowed() =>
        Should.NotThrow(() => BankHolidayImport.RequireAdministrator(As(ActorRole.Secas), "calendar import"));
}
