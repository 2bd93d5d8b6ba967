using System.Globalization;

namespace SecChange.Dcc.Identity;

/// <summary>
/// A 64-bit Extended Unique Identifier, the id of every Device and DCC User on the DCC network.
/// </summary>
/// <remarks>
/// DUIS writes it as eight hyphen-separated pairs of hex digits (<c>00-DB-12-34-56-78-90-A0</c>).
/// Parsing accepts either case and nothing else, so a malformed id is rejected at the edge instead
/// of silently naming another Device. <see cref="ToString()"/> writes upper case.
/// </remarks>
public readonly record struct Eui64(ulong Value) : IComparable<Eui64>
{
    private const int TextLength = 23; // 16 hex digits + 7 hyphens

    /// <summary>Parses the hyphenated form or returns false; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Eui64 id)
    {
        id = default;
        text = text.Trim();
        if (text.Length != TextLength)
        {
            return false;
        }

        ulong value = 0;
        for (var i = 0; i < TextLength; i++)
        {
            var c = text[i];
            if (i % 3 == 2)
            {
                if (c != '-')
                {
                    return false;
                }

                continue;
            }

            var nibble = HexValue(c);
            if (nibble < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)nibble;
        }

        id = new Eui64(value);
        return true;
    }

    /// <summary>Parses the hyphenated form.</summary>
    /// <exception cref="FormatException">The text is not an EUI-64 in hyphenated hex.</exception>
    public static Eui64 Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException(DccMessages.BadEui64(text));

    /// <inheritdoc />
    public int CompareTo(Eui64 other) => Value.CompareTo(other.Value);

    /// <summary>The hyphenated upper-case hex form DUIS uses.</summary>
    public override string ToString()
    {
        return string.Create(TextLength, Value, static (span, value) =>
        {
            for (var b = 0; b < 8; b++)
            {
                var octet = (byte)((value >> (56 - (8 * b))) & 0xFF);
                var at = b * 3;
                span[at] = HexDigit(octet >> 4);
                span[at + 1] = HexDigit(octet & 0xF);
                if (b < 7)
                {
                    span[at + 2] = '-';
                }
            }
        });
    }

    /// <summary>Writes the hyphenated form without allocating.</summary>
    public bool TryFormat(Span<char> destination, out int written)
    {
        written = 0;
        if (destination.Length < TextLength)
        {
            return false;
        }

        for (var b = 0; b < 8; b++)
        {
            var octet = (byte)((Value >> (56 - (8 * b))) & 0xFF);
            var at = b * 3;
            destination[at] = HexDigit(octet >> 4);
            destination[at + 1] = HexDigit(octet & 0xF);
            if (b < 7)
            {
                destination[at + 2] = '-';
            }
        }

        written = TextLength;
        return true;
    }

    /// <summary>The value as 16 hex digits without hyphens, for compact files.</summary>
    public string ToCompactString() => Value.ToString("X16", CultureInfo.InvariantCulture);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static char HexDigit(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    public static bool operator <(Eui64 left, Eui64 right) => left.Value < right.Value;

    public static bool operator >(Eui64 left, Eui64 right) => left.Value > right.Value;

    public static bool operator <=(Eui64 left, Eui64 right) => left.Value <= right.Value;

    public static bool operator >=(Eui64 left, Eui64 right) => left.Value >= right.Value;
}
