using NodaTime;

namespace SecChange.Dcc.Inventory;

/// <summary>
/// The SMI status histories of the Devices whose status changed after loading, in one append-only store:
/// a change is a 16-byte entry (when, from, to, why as an index into a table of reasons, and the Device's
/// change before it) in shared chunks, where a list and a record per change cost about 400 bytes a meter.
/// A Device's entries are linked newest to oldest; the inventory keeps the number of its newest.
/// </summary>
/// <remarks>Chunks of 4,096 entries (64 KiB) stay off the large object heap and never move once written.</remarks>
internal sealed class StatusHistoryStore
{
    private const int ChunkBits = 12;
    private const int ChunkMask = (1 << ChunkBits) - 1;

    // A reason past the table's 65,534 (only a saved state written by hand could hold so many) is kept by entry.
    private const ushort OverflowReason = ushort.MaxValue;

    private readonly List<Entry[]> _chunks = [];
    private readonly InternTable<string> _reasons = new("status change reason");
    private readonly Dictionary<int, string> _overflowReasons = [];
    private int _count;

    /// <summary>Appends a change after the Device's change <paramref name="previous"/> (0 for its first); returns its number (never 0).</summary>
    public int Append(int previous, SmiStatus from, SmiStatus to, Instant at, string reason)
    {
        if (_count == int.MaxValue)
        {
            throw new InvalidOperationException("The status history store is full.");
        }

        if ((_count >> ChunkBits) == _chunks.Count)
        {
            _chunks.Add(new Entry[1 << ChunkBits]);
        }

        var number = _count + 1;
        _chunks[_count >> ChunkBits][_count & ChunkMask] = new Entry(at.ToUnixTimeTicks(), previous, ReasonIndex(number, reason), (byte)from, (byte)to);
        _count++;
        return number;
    }

    /// <summary>The changes ending at <paramref name="newest"/>, oldest first.</summary>
    public List<StatusChange> Read(int newest)
    {
        var changes = new List<StatusChange>();
        for (var number = newest; number != 0;)
        {
            var entry = _chunks[(number - 1) >> ChunkBits][(number - 1) & ChunkMask];
            var reason = entry.Reason == OverflowReason ? _overflowReasons[number] : _reasons[entry.Reason]!;
            changes.Add(new StatusChange((SmiStatus)entry.From, (SmiStatus)entry.To, Instant.FromUnixTimeTicks(entry.Ticks), reason));
            number = entry.Previous;
        }

        changes.Reverse();
        return changes;
    }

    private ushort ReasonIndex(int number, string reason)
    {
        if (_reasons.TryFind(reason, out var index))
        {
            return index;
        }

        // The table's last index is the overflow mark, so it stops one short of full.
        if (_reasons.Room <= 1)
        {
            _overflowReasons[number] = reason;
            return OverflowReason;
        }

        return _reasons.Intern(reason);
    }

    private readonly record struct Entry(long Ticks, int Previous, ushort Reason, byte From, byte To);
}
