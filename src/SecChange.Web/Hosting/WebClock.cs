using NodaTime;

namespace SecChange.Web.Hosting;

/// <summary>Today as the SEC counts it (the London date), from the core's clock.</summary>
public sealed class WebClock(IClock clock)
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public IClock Clock { get; } = clock;

    public LocalDate Today => Clock.GetCurrentInstant().InZone(London).Date;
}
