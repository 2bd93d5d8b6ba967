using System.Globalization;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Requests;

/// <summary>
/// A DUIS RequestID: <c>Originator:Target:Counter</c>, two EUI-64s and a 64-bit counter.
/// </summary>
public readonly record struct RequestId(Eui64 Originator, Eui64 Target, ulong Counter)
{
    /// <summary>Parses <c>Originator:Target:Counter</c>; false on any malformed part.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RequestId id)
    {
        id = default;
        text = text.Trim();
        var first = text.IndexOf(':');
        if (first < 0)
        {
            return false;
        }

        var rest = text[(first + 1)..];
        var second = rest.IndexOf(':');
        if (second < 0)
        {
            return false;
        }

        if (!Eui64.TryParse(text[..first], out var originator) ||
            !Eui64.TryParse(rest[..second], out var target) ||
            !ulong.TryParse(rest[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var counter))
        {
            return false;
        }

        id = new RequestId(originator, target, counter);
        return true;
    }

    /// <summary>The ResponseID of a response to this request: originator and target swapped.</summary>
    public RequestId Swapped => new(Target, Originator, Counter);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Originator}:{Target}:{Counter}");
}
