using NodaTime;

namespace SecChange.Domain.Calendar;

/// <summary>The day as the SEC counts it: the date in Great Britain (Europe/London) at the clock's instant.</summary>
public static class SecDay
{
    /// <summary>The first year of the summer time rule applied below (the European rule, kept by the Summer Time Order 2002).</summary>
    public const int RuleSince = 1996;

    private static readonly LocalTime OneAm = new(1, 0);

    public static LocalDate Today(IClock clock) => InGreatBritain(clock.GetCurrentInstant());

    /// <summary>
    /// The date in Great Britain at an instant. Since 1996 British Summer Time runs from 01:00 GMT on the last Sunday of
    /// March to 01:00 GMT on the last Sunday of October, and that rule is applied directly: loading the time zone database
    /// for this one zone took a sixth of a short command's start-up. Earlier instants use the database. A test checks the
    /// rule against the database for every change of clocks to 2100.
    /// </summary>
    public static LocalDate InGreatBritain(Instant instant)
    {
        var utc = instant.InUtc();
        if (utc.Year < RuleSince)
        {
            return instant.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
        }

        var summer = instant >= SummerTimeStarts(utc.Year) && instant < SummerTimeEnds(utc.Year);
        return (summer ? instant + Duration.FromHours(1) : instant).InUtc().Date;
    }

    public static Instant SummerTimeStarts(int year) => LastSunday(year, 3).At(OneAm).InUtc().ToInstant();

    public static Instant SummerTimeEnds(int year) => LastSunday(year, 10).At(OneAm).InUtc().ToInstant();

    private static LocalDate LastSunday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Sunday));
}
