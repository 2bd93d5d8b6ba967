using NodaTime;
using SecChange.Domain.Calendar;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Cal = ShippedCalendar;

    [Fact]
    public void Load_ShippedData_CoversWhole2014To2027()
    {
        Cal.First.ShouldBe(D(2014, 1, 1));
        Cal.Last.ShouldBe(D(2027, 12, 31));
    }

    [Theory]
    [InlineData(2028, 1, 1)]
    [InlineData(2035, 6, 1)]
    public void IsWorkingDay_WhenDateAfterData_RefusedAsInvalidInput(int y, int m, int d) =>
        ShouldBeInvalid(() => Cal.IsWorkingDay(D(y, m, d)), "outside the bank-holiday data (2014-01-01 to 2027-12-31)");


    [Theory]
    [InlineData(2013, 12, 31)]
    [InlineData(1999, 6, 1)]
    public void IsWorkingDay_WhenDateBeforeData_RefusedAsInvalidInput(int y, int m, int d) =>
        ShouldBeInvalid(() => Cal.IsWorkingDay(D(y, m, d)), "outside the bank-holiday data (2014-01-01 to 2027-12-31)");

    [Fact]
    public void WorkingDaysBetween_WhenStartBeforeData_RefusedAsInvalidInput() =>
        ShouldBeInvalid(() => Cal.WorkingDaysBetween(D(2013, 12, 31), D(2014, 1, 10)), "outside the bank-holiday data");

    [Fact]
    public void AddWorkingDays_WhenStartBeforeData_RefusedAsInvalidInput() =>
        ShouldBeInvalid(() => Cal.AddWorkingDays(D(2013, 12, 31), 1), "outside the bank-holiday data");

    [Theory]
    [InlineData(2027, 12, 1, 2028, 1, 3)]
    [InlineData(2028, 1, 3, 2027, 12, 1)]
    public void WorkingDaysBetween_WhenEitherEndOutsideData_RefusedAsInvalidInput(int y1, int m1, int d1, int y2, int m2, int d2) =>
        ShouldBeInvalid(() => Cal.WorkingDaysBetween(D(y1, m1, d1), D(y2, m2, d2)), "outside the bank-holiday data");

    [Fact]
    public void AddWorkingDays_WhenStartOutsideData_RefusedAsInvalidInput() =>
        ShouldBeInvalid(() => Cal.AddWorkingDays(D(2028, 1, 4), 1), "2028-01-04 is outside the bank-holiday data");

    [Theory]
    [InlineData(2027, 12, 31, 1)]
    [InlineData(2027, 12, 1, 30)]
    [InlineData(2014, 1, 2, -1)]
    [InlineData(2014, 6, 2, -200)]
    public void AddWorkingDays_WhenResultRunsPastTheData_RefusedAsInvalidInput(int y, int m, int d, int days) =>
        ShouldBeInvalid(() => Cal.AddWorkingDays(D(y, m, d), days), "falls outside the bank-holiday data");

    [Fact]
    public void IsWorkingDay_FirstAndLastDaysOfData_Answered()
    {
        Cal.IsWorkingDay(D(2014, 1, 1)).ShouldBeFalse(); // New Year's Day, index 0
        Cal.IsWorkingDay(D(2014, 1, 2)).ShouldBeTrue();
        Cal.IsWorkingDay(D(2027, 12, 31)).ShouldBeTrue();
        Cal.WorkingDaysBetween(D(2014, 1, 1), D(2014, 1, 3)).ShouldBe(2);
        Cal.WorkingDaysBetween(D(2014, 1, 1), D(2027, 12, 31)).ShouldBe(3538); // 3652 weekdays from 2 Jan 2014 less the 114 holidays among them
    }

    [Fact]
    public void AddWorkingDays_LastWorkingDayOfData_IsReachable()
    {
        // 31 Dec 2027 is a Friday and the last day covered.
        Cal.AddWorkingDays(D(2027, 12, 29), 2).ShouldBe(D(2027, 12, 31));
        Cal.AddWorkingDays(D(2014, 1, 3), -1).ShouldBe(D(2014, 1, 2));
    }

    [Theory]
    [InlineData(2020, 5, 8, false)] // VE day: early May holiday moved from Monday 4 May
    [InlineData(2020, 5, 4, true)]
    [InlineData(2022, 6, 2, false)] // spring holiday moved for the Platinum Jubilee
    [InlineData(2022, 6, 3, false)] // Platinum Jubilee
    [InlineData(2022, 5, 30, true)] // last Monday of May 2022 was a working day
    [InlineData(2022, 9, 19, false)] // State Funeral of Queen Elizabeth II
    [InlineData(2023, 5, 8, false)] // coronation of King Charles III
    [InlineData(2023, 5, 1, false)]
    [InlineData(2020, 12, 28, false)] // Boxing Day (Saturday) substitute
    [InlineData(2021, 12, 27, false)] // Christmas (Saturday) substitute
    [InlineData(2021, 12, 28, false)] // Boxing Day (Sunday) substitute
    [InlineData(2022, 1, 3, false)] // New Year (Saturday) substitute
    [InlineData(2017, 1, 2, false)] // New Year (Sunday) substitute
    [InlineData(2016, 12, 27, false)] // Christmas (Sunday) substitute
    [InlineData(2016, 12, 26, false)]
    [InlineData(2020, 12, 29, true)]
    [InlineData(2020, 2, 29, false)] // leap day on a Saturday
    [InlineData(2024, 2, 29, true)] // leap day on a Thursday
    [InlineData(2026, 11, 21, false)] // Saturday
    [InlineData(2026, 11, 22, false)] // Sunday
    [InlineData(2026, 11, 23, true)]
    public void IsWorkingDay_KnownDates_MatchTheGovUkCalendar(int y, int m, int d, bool working) =>
        Cal.IsWorkingDay(D(y, m, d)).ShouldBe(working);

    [Fact]
    public void HolidayOn_MovedVeDay_KeepsTitleAndNotes()
    {
        var h = Cal.HolidayOn(D(2020, 5, 8)).ShouldNotBeNull();
        h.Title.ShouldContain("VE day");
        h.Notes.ShouldContain("Moved from Monday 4 May");
        Cal.HolidayOn(D(2020, 5, 4)).ShouldBeNull();
        Cal.HolidayOn(D(2020, 5, 9)).ShouldBeNull(); // a Saturday is not a holiday
    }

    [Fact]
    public void AddWorkingDays_FromLastWorkingDayOf2021_SkipsWeekendAndSubstituteNewYear() =>
        Cal.AddWorkingDays(D(2021, 12, 31), 1).ShouldBe(D(2022, 1, 4));

    [Fact]
    public void AddWorkingDays_OverChristmas2020_SkipsChristmasAndBoxingDaySubstitute() =>
        Cal.AddWorkingDays(D(2020, 12, 24), 1).ShouldBe(D(2020, 12, 29));

    [Fact]
    public void AddWorkingDays_OverEaster2020_SkipsGoodFridayAndEasterMonday() =>
        Cal.AddWorkingDays(D(2020, 4, 9), 1).ShouldBe(D(2020, 4, 14));

    [Fact]
    public void AddWorkingDays_OverLeapDay2024_CountsIt()
    {
        Cal.AddWorkingDays(D(2024, 2, 28), 1).ShouldBe(D(2024, 2, 29));
        Cal.AddWorkingDays(D(2020, 2, 28), 1).ShouldBe(D(2020, 3, 2));
        Cal.WorkingDaysBetween(D(2024, 2, 1), D(2024, 3, 1)).ShouldBe(21);
        Cal.WorkingDaysBetween(D(2020, 2, 1), D(2020, 3, 1)).ShouldBe(20);
    }

    [Fact]
    public void AddWorkingDays_FromFriday_DayOneIsMonday()
    {
        Cal.AddWorkingDays(D(2026, 11, 6), 1).ShouldBe(D(2026, 11, 9));
        Cal.AddWorkingDays(D(2026, 11, 6), 5).ShouldBe(D(2026, 11, 13));
    }

    [Fact]
    public void AddWorkingDays_FromSaturdayOrSunday_DayOneIsMonday()
    {
        Cal.AddWorkingDays(D(2026, 11, 7), 1).ShouldBe(D(2026, 11, 9));
        Cal.AddWorkingDays(D(2026, 11, 8), 1).ShouldBe(D(2026, 11, 9));
    }

    [Fact]
    public void WorkingDaysBetween_FridayToMonday_IsOne()
    {
        Cal.WorkingDaysBetween(D(2026, 11, 6), D(2026, 11, 9)).ShouldBe(1);
        Cal.WorkingDaysBetween(D(2026, 11, 7), D(2026, 11, 9)).ShouldBe(1);
        Cal.WorkingDaysBetween(D(2026, 11, 6), D(2026, 11, 8)).ShouldBe(0);
    }

    [Fact]
    public void WorkingDaysBetween_SameDate_IsZero()
    {
        Cal.WorkingDaysBetween(D(2026, 11, 9), D(2026, 11, 9)).ShouldBe(0);
        Cal.WorkingDaysBetween(D(2026, 11, 7), D(2026, 11, 7)).ShouldBe(0);
    }

    [Fact]
    public void WorkingDaysBetween_EndBeforeStart_IsNegative()
    {
        Cal.WorkingDaysBetween(D(2026, 11, 9), D(2026, 11, 6)).ShouldBe(-1);
        Cal.WorkingDaysBetween(D(2020, 5, 11), D(2020, 5, 1)).ShouldBe(-5); // 8 May 2020 is a holiday
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsTheStartEvenOnAWeekend()
    {
        Cal.AddWorkingDays(D(2026, 11, 7), 0).ShouldBe(D(2026, 11, 7));
        Cal.AddWorkingDays(D(2020, 12, 25), 0).ShouldBe(D(2020, 12, 25));
    }

    [Fact]
    public void AddWorkingDays_Negative_CountsBackToEarlierWorkingDays()
    {
        Cal.AddWorkingDays(D(2026, 11, 9), -1).ShouldBe(D(2026, 11, 6));
        Cal.AddWorkingDays(D(2026, 11, 7), -1).ShouldBe(D(2026, 11, 6));
        Cal.AddWorkingDays(D(2022, 1, 4), -1).ShouldBe(D(2021, 12, 31));
        Cal.AddWorkingDays(D(2020, 5, 11), -1).ShouldBe(D(2020, 5, 7));
    }

    [Fact]
    public void AddWorkingDays_AndWorkingDaysBetween_RoundTripFromWorkingDays()
    {
        for (var start = D(2019, 12, 2); start < D(2020, 6, 1); start = start.PlusDays(3))
        {
            foreach (var n in new[] { 1, 2, 5, 15, 40, 128 })
            {
                var end = Cal.AddWorkingDays(start, n);
                Cal.IsWorkingDay(end).ShouldBeTrue();
                Cal.WorkingDaysBetween(start, end).ShouldBe(n, $"from {start} + {n}");
                Cal.WorkingDaysBetween(start, end.PlusDays(-1)).ShouldBe(n - 1, $"the day before {end} is short of {n}");
                if (Cal.IsWorkingDay(start))
                {
                    Cal.AddWorkingDays(end, -n).ShouldBe(start);
                }
            }
        }
    }

    [Fact]
    public void AddWorkingDays_Secmp0063ReturnedWith18Wd_AcceptedOn8July2019AndRoundTrips()
    {
        var returned = D(2019, 8, 1);
        var accepted = Cal.AddWorkingDays(returned, -18);
        accepted.ShouldBe(D(2019, 7, 8));
        Cal.WorkingDaysBetween(accepted, returned).ShouldBe(18);
    }

    [Fact]
    public void AddWorkingDays_Secmp0046ReturnedWith31Wd_SkipsAugust2019HolidayAndRoundTrips()
    {
        var returned = D(2019, 9, 9);
        var accepted = Cal.AddWorkingDays(returned, -31);
        accepted.ShouldBe(D(2019, 7, 25)); // 26 Aug 2019 is a holiday, so one calendar day earlier than weekdays alone
        Cal.WorkingDaysBetween(accepted, returned).ShouldBe(31);
    }

    // August 2020 Change Status Report, open assessments counted to Monday 3 Aug 2020.
    [Theory]
    [InlineData("MP119", 2020, 7, 14, 14)]
    [InlineData("MP105", 2020, 7, 15, 13)]
    public void WorkingDaysBetween_RecentOpenAssessmentsToReportDate_MatchTheReport(string mod, int y, int m, int d, int reported)
    {
        Cal.WorkingDaysBetween(D(y, m, d), D(2020, 8, 3)).ShouldBe(reported, mod);
    }

    // The report's older figures count Monday-to-Friday days and do not skip bank holidays: with no
    // holidays they match exactly; the SEC calendar gives fewer by the holidays in between.
    [Theory]
    [InlineData("MP078", 2020, 4, 17, 76, 2)] // 8 May, 25 May 2020
    [InlineData("MP107", 2020, 4, 20, 75, 2)]
    [InlineData("MP099", 2020, 5, 5, 64, 2)]
    [InlineData("SECMP0007", 2020, 2, 6, 127, 4)] // plus Good Friday, Easter Monday
    [InlineData("SECMP0056", 2019, 7, 2, 284, 8)] // plus 26 Aug, 25/26 Dec 2019, 1 Jan 2020
    public void WorkingDaysBetween_OlderOpenAssessments_ReportCountsWeekdaysIgnoringBankHolidays(
        string mod, int y, int m, int d, int reported, int holidaysBetween)
    {
        var weekdaysOnly = new WorkingDayCalendar(D(2019, 1, 1), D(2020, 12, 31), []);
        weekdaysOnly.WorkingDaysBetween(D(y, m, d), D(2020, 8, 3)).ShouldBe(reported, mod);
        Cal.WorkingDaysBetween(D(y, m, d), D(2020, 8, 3)).ShouldBe(reported - holidaysBetween, mod);
    }

    [Fact]
    public void WithOverrides_NewHoliday_MakesTheDateNonWorking()
    {
        var cal = Cal.WithOverrides([new CalendarOverride(D(2026, 6, 1), false, "Newly announced holiday")]);
        cal.IsWorkingDay(D(2026, 6, 1)).ShouldBeFalse();
        cal.AddWorkingDays(D(2026, 5, 29), 1).ShouldBe(D(2026, 6, 2));
        cal.WorkingDaysBetween(D(2026, 5, 29), D(2026, 6, 5)).ShouldBe(4);
        Cal.IsWorkingDay(D(2026, 6, 1)).ShouldBeTrue("the original calendar is unchanged");
    }

    [Fact]
    public void WithOverrides_HolidayMadeWorking_CountsIt()
    {
        var cal = Cal.WithOverrides([new CalendarOverride(D(2026, 12, 25), true, "Withdrawn holiday")]);
        cal.IsWorkingDay(D(2026, 12, 25)).ShouldBeTrue();
        cal.HolidayOn(D(2026, 12, 25)).ShouldBeNull();
        cal.AddWorkingDays(D(2026, 12, 24), 1).ShouldBe(D(2026, 12, 25));
        Cal.HolidayOn(D(2026, 12, 25)).ShouldNotBeNull();
    }

    [Fact]
    public void WithOverrides_SameDateTwice_LaterWins()
    {
        var cal = Cal.WithOverrides([
            new CalendarOverride(D(2026, 6, 1), false, "announced"),
            new CalendarOverride(D(2026, 6, 1), true, "cancelled"),
        ]);
        cal.IsWorkingDay(D(2026, 6, 1)).ShouldBeTrue();
        cal.WithOverrides([new CalendarOverride(D(2026, 6, 1), false, "again")]).IsWorkingDay(D(2026, 6, 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2028, 1, 3)]
    [InlineData(2013, 12, 30)]
    public void WithOverrides_WhenDateOutsideData_RefusedAsInvalidInput(int y, int m, int d) =>
        ShouldBeInvalid(() => Cal.WithOverrides([new CalendarOverride(D(y, m, d), false, "x")]), "outside the bank-holiday data");

    [Fact]
    public void Constructor_WhenLastBeforeFirst_RefusedAsInvalidInput() =>
        ShouldBeInvalid(() => _ = new WorkingDayCalendar(D(2020, 1, 2), D(2020, 1, 1), []), "cannot end");

    [Theory]
    [InlineData(2014)]
    [InlineData(2015)]
    [InlineData(2016)]
    [InlineData(2017)]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Holidays_EachYear_AreExactlyTheStatutoryOnesPlusAnnouncedExtras(int year)
    {
        var expected = new SortedSet<LocalDate>();
        var easter = EasterSunday(year);
        expected.Add(easter.PlusDays(-2)); // Good Friday
        expected.Add(easter.PlusDays(1)); // Easter Monday
        expected.Add(NextWeekday(D(year, 1, 1))); // New Year or its substitute
        var christmas = D(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case IsoDayOfWeek.Friday:
                expected.Add(christmas);
                expected.Add(D(year, 12, 28));
                break;
            case IsoDayOfWeek.Saturday:
                expected.Add(D(year, 12, 27));
                expected.Add(D(year, 12, 28));
                break;
            case IsoDayOfWeek.Sunday:
                expected.Add(D(year, 12, 26));
                expected.Add(D(year, 12, 27));
                break;
            default:
                expected.Add(christmas);
                expected.Add(D(year, 12, 26));
                break;
        }

        expected.Add(year == 2020 ? D(2020, 5, 8) : FirstMonday(year, 5));
        expected.Add(year == 2022 ? D(2022, 6, 2) : LastMonday(year, 5));
        expected.Add(LastMonday(year, 8));
        if (year == 2022)
        {
            expected.Add(D(2022, 6, 3));
            expected.Add(D(2022, 9, 19));
        }

        if (year == 2023)
        {
            expected.Add(D(2023, 5, 8));
        }

        var actual = Cal.Holidays.Where(h => h.Date.Year == year).Select(h => h.Date).ToList();
        actual.ShouldBe(expected.ToList(), ignoreOrder: false);
        foreach (var date in expected)
        {
            Cal.IsWorkingDay(date).ShouldBeFalse(date.ToString());
        }
    }

    [Theory]
    [InlineData(2014, 4, 20)]
    [InlineData(2019, 4, 21)]
    [InlineData(2020, 4, 12)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2027, 3, 28)]
    public void EasterSunday_TestComputus_MatchesPublishedDates(int y, int m, int d) =>
        EasterSunday(y).ShouldBe(D(y, m, d));

    /// <summary>Anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static LocalDate NextWeekday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(2),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };

    private static LocalDate FirstMonday(int year, int month)
    {
        var date = D(year, month, 1);
        while (date.DayOfWeek != IsoDayOfWeek.Monday) date = date.PlusDays(1);
        return date;
    }

    private static LocalDate LastMonday(int year, int month)
    {
        var date = D(year, month, 1).PlusMonths(1).PlusDays(-1);
        while (date.DayOfWeek != IsoDayOfWeek.Monday) date = date.PlusDays(-1);
        return date;
    }
}
