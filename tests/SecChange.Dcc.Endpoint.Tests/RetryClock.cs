using System.Collections.Concurrent;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>
/// A TimeProvider whose timers fire at once and that records every delay asked for, so delivery retries
/// run without waiting and their back-off can be checked exactly.
/// </summary>
public sealed class RetryClock : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _delays.Enqueue(dueTime);
        callback(state);
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
