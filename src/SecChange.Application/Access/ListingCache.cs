using System.Collections.Concurrent;
using NodaTime;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Access;

/// <summary>
/// What listing the register derives from it, kept while the register's change stamp is unchanged: every list row
/// (before anyone's visibility), and each row's next key date for a day. A write moves the stamp, and the next
/// listing reads afresh; a second instance keeps its own, checked against the same stamp, so none depends on another.
/// </summary>
internal sealed class ListingCache
{
    /// <summary>Key dates kept per stamp at most (rows times the days asked about), so memory stays bounded.</summary>
    private const int MaxKeyDates = 100_000;

    private Snapshot? current;

    internal sealed record Snapshot(long Stamp, IReadOnlyList<ModificationSummary> Rows)
    {
        public ConcurrentDictionary<(ModificationId Id, LocalDate AsOf), KeyDate?> NextKeyDates { get; } = new();

        public void Keep((ModificationId, LocalDate) key, KeyDate? next)
        {
            if (NextKeyDates.Count >= MaxKeyDates) NextKeyDates.Clear();
            NextKeyDates[key] = next;
        }
    }

    /// <summary>The rows as of <paramref name="stamp"/>, read through <paramref name="session"/> when not kept. The stamp must
    /// be read before the session reads, so that rows kept under a stamp are never older than it.</summary>
    public async Task<Snapshot> RowsAsync(long stamp, IRegisterSession session, CancellationToken ct)
    {
        if (Volatile.Read(ref current) is { } kept && kept.Stamp == stamp)
        {
            return kept;
        }

        var fresh = new Snapshot(stamp, await session.ListAsync(new RegisterFilter(), ct));
        Volatile.Write(ref current, fresh);
        return fresh;
    }
}
