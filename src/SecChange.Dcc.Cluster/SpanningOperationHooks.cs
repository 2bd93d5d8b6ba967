namespace SecChange.Dcc.Cluster;

/// <summary>
/// Seams in an operation spanning partitions, so a test can interleave two of them deterministically;
/// the DSP runs without them.
/// </summary>
public sealed class SpanningOperationHooks
{
    /// <summary>Awaited once every partition the operation touches has prepared, before any commits or aborts.</summary>
    public Func<Task>? Prepared { get; init; }

    /// <summary>Called when a partition is held by another operation and this one is about to wait for it.</summary>
    public Action? Waiting { get; init; }
}
