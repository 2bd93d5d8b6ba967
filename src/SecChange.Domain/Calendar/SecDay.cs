using NodaTime;

namespace SecChange.Domain.Calendar;

/// <summary>The day as the SEC counts it: the date in Great Britain (Europe/London) at the clock's instant.</summary>
public static class SecDay
{
    private static readonly DateTimeZone GreatBritain = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(GreatBritain).Date;
}
