using System.Collections.Concurrent;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Signing;

/// <summary>
/// The last originator counter accepted from each DCC User: DUIS requires each request's counter to be
/// greater than every earlier one from the same originator, so a captured request cannot be replayed.
/// Thread-safe.
/// </summary>
public sealed class OriginatorCounters
{
    private readonly ConcurrentDictionary<Eui64, ulong> _last = new();

    /// <summary>Accepts the counter when it is greater than the last accepted from the originator.</summary>
    public bool TryAdvance(Eui64 originator, ulong counter)
    {
        while (true)
        {
            if (!_last.TryGetValue(originator, out var last))
            {
                if (_last.TryAdd(originator, counter))
                {
                    return true;
                }

                continue;
            }

            if (counter <= last)
            {
                return false;
            }

            if (_last.TryUpdate(originator, counter, last))
            {
                return true;
            }
        }
    }

    /// <summary>The last counter accepted from the originator; null when none yet.</summary>
    public ulong? Last(Eui64 originator) => _last.TryGetValue(originator, out var last) ? last : null;

    /// <summary>Every originator's last counter.</summary>
    public IReadOnlyDictionary<Eui64, ulong> Snapshot() => new Dictionary<Eui64, ulong>(_last);

    /// <summary>Sets an originator's last counter (when state is restored).</summary>
    public void Restore(Eui64 originator, ulong last) => _last[originator] = last;
}
