using NodaTime;

namespace SecChange.Testing;

/// <summary>A clock that reads a set instant and moves only when told (tests run in parallel, so never static).</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public static FixedClock On(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 12, 0));

    public Instant GetCurrentInstant() => Now;
}
