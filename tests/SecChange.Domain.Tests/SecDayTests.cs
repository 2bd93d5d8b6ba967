using NodaTime;
using SecChange.Testing;
using SecChange.Domain.Calendar;

namespace SecChange.Domain.Tests;

/// <summary>The SEC's day is the date in Great Britain: the summer time rule applied directly agrees with the time zone database.</summary>
public class SecDayTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void InGreatBritain_AroundEveryChangeOfClocksTo2100_AgreesWithTheTimeZoneDatabase()
    {
        var checkedInstants = 0;
        foreach (var change in London.GetZoneIntervals(Instant.FromUtc(SecDay.RuleSince, 1, 1, 0, 0), Instant.FromUtc(2100, 12, 31, 0, 0)))
        {
            // Each side of the change, and either side of midnight in GMT and in BST around it.
            foreach (var offset in new[] { -25, -24, -23, -2, -1, 0, 1, 2, 22, 23, 24, 25 })
            {
                foreach (var minutes in new[] { -1, 0, 1 })
                {
                    var instant = change.Start + Duration.FromHours(offset) + Duration.FromMinutes(minutes);
                    SecDay.InGreatBritain(instant).ShouldBe(instant.InZone(London).Date, $"at {instant}");
                    checkedInstants++;
                }
            }
        }

        checkedInstants.ShouldBeGreaterThan(200 * 36);
    }

    [Theory]
    [InlineData("2020-03-29T00:59:59Z", "2020-03-29")] // the last second of GMT before BST in 2020
    [InlineData("2020-10-24T23:30:00Z", "2020-10-25")] // 00:30 BST on the day the clocks go back
    [InlineData("2020-12-31T23:30:00Z", "2020-12-31")] // GMT in winter: still the 31st
    [InlineData("2020-06-30T23:30:00Z", "2020-07-01")] // BST in summer: already the 1st
    [InlineData("1990-06-30T23:30:00Z", "1990-07-01")] // before the rule: from the database
    public void Today_WhenTheClockReadsAnInstant_IsTheDateInGreatBritain(string instant, string date)
    {
        var clock = new FixedClock(NodaTime.Text.InstantPattern.General.Parse(instant).Value);

        SecDay.Today(clock).ShouldBe(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
    }
}
