using System.Numerics;

namespace SecChange.Dcc.Inventory;

/// <summary>
/// An open-addressing hash index from Device id to row, storing only an <c>int</c> per slot
/// (row + 1; 0 = empty) and comparing against the inventory's id column. Load factor stays at or
/// below 3/4, so at 10 million Devices it costs about 6.7 bytes per Device, against about 30 for a
/// <see cref="Dictionary{TKey,TValue}"/>.
/// </summary>
internal sealed class DeviceIdIndex
{
    private int[] _slots;
    private int _mask;
    private int _count;

    public DeviceIdIndex(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity + (capacity / 3) + 1));
        _slots = new int[size];
        _mask = size - 1;
    }

    public int Find(ulong id, ulong[] ids)
    {
        var slot = (int)(Mix(id) & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (ids[entry - 1] == id)
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds a row whose id is known to be absent.</summary>
    public void Add(ulong id, int row, ulong[] ids)
    {
        if ((_count + 1) * 4L > _slots.Length * 3L)
        {
            Grow(ids);
        }

        Insert(id, row);
        _count++;
    }

    private void Insert(ulong id, int row)
    {
        var slot = (int)(Mix(id) & (uint)_mask);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = row + 1;
    }

    private void Grow(ulong[] ids)
    {
        var old = _slots;
        _slots = new int[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert(ids[entry - 1], entry - 1);
            }
        }
    }

    public long ApproximateBytes => _slots.Length * (long)sizeof(int);

    // EUI-64s share long prefixes, so every bit is spread; partitions use the high bits of the same hash.
    private static uint Mix(ulong key) => unchecked((uint)Processing.DevicePartitioning.Hash(key));
}
