using SecChange.Domain.Calendar;
using SecChange.Testing;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>The calendar once the 2028 bank holidays are imported: shipped years plus imported years plus overrides.</summary>
public class CalendarPast2027Tests
{
    private static readonly IReadOnlyList<BankHoliday> Holidays2028 = BankHolidayImport.Parse(SampleFiles.BankHolidays2028()).Holidays;
    private static readonly WorkingDayCalendar With2028 = ShippedCalendar.WithYears(Holidays2028);

    [Fact]
    public void WithYears_2028_ExtendsTheRangeToTheEndOf2028()
    {
        With2028.First.ShouldBe(D(2014, 1, 1));
        With2028.Last.ShouldBe(D(2028, 12, 31));
        With2028.Holidays.Count.ShouldBe(ShippedCalendar.Holidays.Count + 8);
    }

    [Fact]
    public void WorkingDaysBetween_InJanuary2028_Counted() =>
        With2028.WorkingDaysBetween(D(2028, 1, 4), D(2028, 2, 1)).ShouldBe(20);

    [Fact]
    public void WorkingDaysBetween_AcrossTheNewYear_SkipsBothYearsSubstituteDays() =>
        // 27, 28 Dec 2027 and 3 Jan 2028 are substitute days: only 29, 30, 31 Dec and 4 Jan count.
        With2028.WorkingDaysBetween(D(2027, 12, 24), D(2028, 1, 4)).ShouldBe(4);

    [Fact]
    public void AddWorkingDays_OverEaster2028_SkipsGoodFridayAndEasterMonday() =>
        With2028.AddWorkingDays(D(2028, 4, 3), 15).ShouldBe(D(2028, 4, 26));

    [Fact]
    public void IsWorkingDay_ScottishOnlyHoliday_StaysAWorkingDay() =>
        With2028.IsWorkingDay(D(2028, 1, 4)).ShouldBeTrue("2nd January is a Scottish holiday; the SEC counts England and Wales");

    [Fact]
    public void WithYears_ReplacingAShippedYear_UsesTheImportedHolidaysForThatYearOnly()
    {
        var moved = ShippedCalendar.Holidays.Where(h => h.Date.Year == 2027 && h.Date != D(2027, 8, 30)).ToList();

        var calendar = ShippedCalendar.WithYears(moved);

        calendar.IsWorkingDay(D(2027, 8, 30)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2026, 8, 31)).ShouldBeFalse("2026 keeps its shipped holidays");
        calendar.Last.ShouldBe(D(2027, 12, 31));
    }

    [Fact]
    public void WithYears_OverridesStillWinOverImportedYears()
    {
        var calendar = ShippedCalendar.WithYears(Holidays2028, [new CalendarOverride(D(2028, 5, 1), true, "Moved")]);

        calendar.IsWorkingDay(D(2028, 5, 1)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2028, 5, 29)).ShouldBeFalse();
    }

    [Fact]
    public void WithYears_WhenAYearIsMissingBetween_Refused() =>
        ShouldBeInvalid(() => ShippedCalendar.WithYears([new BankHoliday(D(2030, 1, 1), "New Year’s Day")]), "no holidays for 2028, 2029");

    [Fact]
    public void WorkingDaysBetween_WhenPastTheImportedYears_RefusedNamingTheImport() =>
        ShouldBeInvalid(() => With2028.WorkingDaysBetween(D(2028, 12, 1), D(2029, 1, 3)),
            "2029-01-03 is outside the bank-holiday data (2014-01-01 to 2028-12-31): working days cannot be counted there; import that year's England and Wales bank holidays");

    [Fact]
    public void WorkingDaysBetween_In2028WithShippedDataOnly_RefusedNamingTheImport() =>
        ShouldBeInvalid(() => ShippedCalendar.WorkingDaysBetween(D(2028, 1, 4), D(2028, 2, 1)), "with 'calendar import FILE'");
}
