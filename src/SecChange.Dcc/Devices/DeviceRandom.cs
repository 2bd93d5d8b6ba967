namespace SecChange.Dcc.Devices;

/// <summary>
/// Independent random streams per Device: the n-th draw of a Device is a hash of the seed, the Device id,
/// the stream and n, so what happens to one Device never depends on how many draws other Devices made,
/// on the order requests arrive in or on which partition holds the Device.
/// </summary>
/// <remarks>Counter-based (SplitMix64's finaliser over the key): no state beyond each Device's draw count.</remarks>
public static class DeviceRandom
{
    /// <summary>The stream that decides whether a response is lost.</summary>
    public const uint LossStream = 1;

    /// <summary>The stream that decides whether a SMETS1 activation response carries its firmware version.</summary>
    public const uint Smets1VersionStream = 2;

    /// <summary>A number in [0, 1) for a Device's <paramref name="draw"/>-th draw on a stream.</summary>
    public static double Draw(int seed, ulong deviceId, uint stream, uint draw)
    {
        unchecked
        {
            var x = Mix(deviceId + (0x9E3779B97F4A7C15UL * ((ulong)(uint)seed + 1)));
            x = Mix(x ^ (((ulong)stream << 32) | draw));
            return (x >> 11) * (1.0 / (1UL << 53));
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
