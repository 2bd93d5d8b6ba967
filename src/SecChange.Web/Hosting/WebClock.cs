using NodaTime;

namespace SecChange.Web.Hosting;

/// <summary>Today as the SEC counts it (the London date), from the core's clock.</summary>
public sealed class WebClock(IClock clock)
{
    public IClock Clock { get; } = clock;

    public LocalDate Today => SecChange.Domain.Calendar.SecDay.Today(Clock);
}
