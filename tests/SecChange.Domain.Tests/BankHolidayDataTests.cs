using SecChange.Domain.Calendar;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class BankHolidayDataTests
{
    private const string Sample = """
        {"england-and-wales": {"division": "england-and-wales", "events": [
          {"title": "Early May bank holiday (VE day)", "date": "2020-05-08", "notes": "Moved from Monday 4 May", "bunting": true},
          {"title": "Christmas Day", "date": "2021-12-27", "notes": "Substitute day", "bunting": true}
        ]},
         "scotland": {"division": "scotland", "events": [{"title": "St Andrew's Day", "date": "2021-11-30", "notes": ""}]}}
        """;

    [Fact]
    public void Parse_GovUkFormat_ReadsDateTitleAndNotes()
    {
        var holidays = BankHolidayData.Parse(Sample);
        holidays.Count.ShouldBe(2);
        holidays[0].ShouldBe(new BankHoliday(D(2020, 5, 8), "Early May bank holiday (VE day)", "Moved from Monday 4 May"));
        holidays[1].Notes.ShouldBe("Substitute day");
    }

    [Fact]
    public void ParseCalendar_CoversWholeYearsFromFirstToLastHoliday()
    {
        var cal = BankHolidayData.ParseCalendar(Sample);
        cal.First.ShouldBe(D(2020, 1, 1));
        cal.Last.ShouldBe(D(2021, 12, 31));
        cal.IsWorkingDay(D(2020, 5, 8)).ShouldBeFalse();
        cal.IsWorkingDay(D(2021, 12, 28)).ShouldBeTrue("only listed holidays count");
        ShouldBeInvalid(() => cal.IsWorkingDay(D(2022, 1, 4)), "outside");
    }

    [Fact]
    public void ParseCalendar_OtherDivision_ReadsOnlyThatDivision()
    {
        var cal = BankHolidayData.ParseCalendar(Sample, "scotland");
        cal.Holidays.Count.ShouldBe(1);
        cal.First.ShouldBe(D(2021, 1, 1));
        cal.IsWorkingDay(D(2021, 11, 30)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{}", "no 'england-and-wales' events list")]
    [InlineData("""{"england-and-wales": {"division": "x"}}""", "no 'england-and-wales' events list")]
    [InlineData("""{"england-and-wales": {"events": {}}}""", "no 'england-and-wales' events list")]
    [InlineData("""{"england-and-wales": {"events": [{"title": "X", "date": "08/05/2020"}]}}""", "bad date '08/05/2020'")]
    [InlineData("""{"england-and-wales": {"events": [{"title": "X", "date": "2020-02-30"}]}}""", "bad date")]
    [InlineData("""{"england-and-wales": {"events": [{"title": "X"}]}}""", "bad date")]
    public void ParseCalendar_WhenDataMalformed_RefusedAsInvalidInput(string json, string message) =>
        ShouldBeInvalid(() => BankHolidayData.ParseCalendar(json), message);

    [Fact]
    public void ParseCalendar_WhenNoEvents_RefusedAsInvalidInput() =>
        ShouldBeInvalid(() => BankHolidayData.ParseCalendar("""{"england-and-wales": {"events": []}}"""), "holds no events");

    [Fact]
    public void ParseCalendar_ShippedFile_Holds115EnglandAndWalesHolidays() =>
        ShippedCalendar.Holidays.Count.ShouldBe(115);
}
