using System.Text;
using System.Text.Json;
using SecChange.Domain.Errors;

namespace SecChange.Web.Api;

/// <summary>
/// Where a walk through a listing has got to: the last row returned and its position, as opaque text. The next
/// page starts after that row wherever it now is, so rows added or removed before it neither repeat nor skip.
/// </summary>
public sealed record ListCursor(string After, int Position)
{
    public string Encode() =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Parts(After, Position))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ListCursor? Decode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            var base64 = text.Trim().Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            var parts = JsonSerializer.Deserialize<Parts>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            if (parts is { A: { Length: > 0 and <= 40 } after, P: >= 0 } ) return new ListCursor(after, parts.P);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            // reported below as any other cursor not issued here
        }

        throw DomainException.Invalid("The cursor is not one this API gave out; start again without it and follow the 'next' links.");
    }

    private sealed record Parts(string A, int P);
}
