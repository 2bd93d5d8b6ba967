namespace SecChange.Dcc.Cluster;

/// <summary>
/// Which operation spanning partitions (SR 11.1 over several, a load, a CPL removal) holds one partition
/// between its prepare and its commit or abort: one at a time, so two such operations apply in the same
/// order in every partition they share. A hold lapses after its lifetime, so a coordinator that has gone
/// cannot block the partition for ever; requests to one Device never wait for it.
/// </summary>
/// <remarks>Not thread-safe: the grain's turns serialise its calls.</remarks>
public sealed class PartitionHold(TimeProvider time, TimeSpan lifetime)
{
    private Guid _holder;
    private DateTimeOffset _lapses;
    private TaskCompletionSource? _released;

    /// <summary>The operation holding the partition, or null.</summary>
    public Guid? Holder => _released is null ? null : _holder;

    /// <summary>Takes the partition for an operation (again, when it holds it already: the lifetime starts afresh).</summary>
    /// <returns>Null when the operation now holds it; else the operation holding it, to wait for with <see cref="WhenReleased"/>.</returns>
    public Guid? TryTake(Guid operation)
    {
        if (_released is not null && _holder != operation)
        {
            if (time.GetUtcNow() < _lapses)
            {
                return _holder;
            }

            Release(_holder);
        }

        _holder = operation;
        _released ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _lapses = time.GetUtcNow() + lifetime;
        return null;
    }

    /// <summary>Whether an operation holds the partition.</summary>
    public bool Holds(Guid operation) => _released is not null && _holder == operation;

    /// <summary>Ends an operation's hold (its commit or abort); nothing when it does not hold the partition.</summary>
    public void Release(Guid operation)
    {
        if (!Holds(operation))
        {
            return;
        }

        var released = _released!;
        _released = null;
        _holder = Guid.Empty;
        released.SetResult();
    }

    /// <summary>Completes when an operation no longer holds the partition: released, or its hold has lapsed.</summary>
    public async Task WhenReleased(Guid operation)
    {
        if (!Holds(operation))
        {
            return;
        }

        var remaining = _lapses - time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return;
        }

        using var stop = new CancellationTokenSource();
        var released = _released!.Task;
        await Task.WhenAny(released, Task.Delay(remaining, time, stop.Token));
        await stop.CancelAsync();
    }
}
