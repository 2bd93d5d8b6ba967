using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Processing;

/// <summary>
/// Which partition owns a Device: the Device id is hashed (EUI-64s share long manufacturer prefixes, so
/// every bit is spread) and partition p of N owns the p-th of N equal ranges of the 64-bit hash space.
/// The same function routes in one process and across a cluster.
/// </summary>
public static class DevicePartitioning
{
    /// <summary>The partition of a Device among <paramref name="partitions"/>.</summary>
    public static int PartitionOf(Eui64 id, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        return (int)Math.BigMul(Hash(id.Value), (ulong)partitions, out _);
    }

    // MurmurHash3's 64-bit finaliser; the inventory's index uses its low bits, partitions its high bits.
    internal static ulong Hash(ulong key)
    {
        unchecked
        {
            key ^= key >> 33;
            key *= 0xff51afd7ed558ccdUL;
            key ^= key >> 33;
            key *= 0xc4ceb9fe1a85ec53UL;
            key ^= key >> 33;
            return key;
        }
    }
}
