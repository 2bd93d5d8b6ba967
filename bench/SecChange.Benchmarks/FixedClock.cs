using NodaTime;

namespace SecChange.Benchmarks;

/// <summary>A clock stopped at one instant, so that generated histories are the same on every run.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
