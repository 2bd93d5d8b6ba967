using System.Globalization;
using System.Text.Json;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Files;

/// <summary>
/// The last originator counter signed for each DCC User, as JSON (<c>{"counters": {"90-B3-…": 1001}}</c>),
/// so that requests signed in separate command-line calls keep strictly increasing counters.
/// </summary>
public static class SigningCountersDocument
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string Write(OriginatorCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var map = counters.Snapshot().OrderBy(c => c.Key).ToDictionary(c => c.Key.ToString(), c => c.Value);
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["counters"] = map }, Json);
    }

    /// <exception cref="FormatException">The text is not a counters document.</exception>
    public static OriginatorCounters Read(string json)
    {
        var counters = new OriginatorCounters();
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var entry in document.RootElement.GetProperty("counters").EnumerateObject())
            {
                if (!Eui64.TryParse(entry.Name, out var originator))
                {
                    throw new FormatException(DccMessages.BadEui64(entry.Name));
                }

                counters.Restore(originator, entry.Value.GetUInt64());
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The signing counters are not readable: {ex.Message}"), ex);
        }

        return counters;
    }
}
