using System.Text.Json;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// Reads a stored event's change. The register writes the current version of each event in plain JSON, which
/// <see cref="PlainRecordReader"/> reads without compiling System.Text.Json's metadata (most of `show`'s start-up);
/// an older version (upcast first) or anything it does not read goes through <see cref="RegisterJson.Options"/>, as
/// every stored change did before, with the same value or error.
/// </summary>
public static class StoredChanges
{
    public static ModificationChange Read(string json) =>
        TryReadPlain(json, out var change) ? change : JsonSerializer.Deserialize<ModificationChange>(json, RegisterJson.Options)!;

    /// <summary>The change when it is the current version of a known event, in plain JSON.</summary>
    internal static bool TryReadPlain(string json, out ModificationChange change)
    {
        change = null!;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(EventTypeRegistry.TypeProperty, out var name) || name.ValueKind != JsonValueKind.String
                || !root.TryGetProperty(EventTypeRegistry.VersionProperty, out var version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number) || !NamesItOnce(root)
                || EventTypes.Current.Find(name.GetString()!, number) is not { } type || type.Version != number
                || !PlainRecordReader.TryRead(root, type.ClrType, out var value, EventTypeRegistry.TypeProperty, EventTypeRegistry.VersionProperty))
            {
                return false;
            }

            change = (ModificationChange)value!;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The type and its version are each given once (a repeated name is left to the full reader to refuse).</summary>
    private static bool NamesItOnce(JsonElement root)
    {
        var count = 0;
        foreach (var field in root.EnumerateObject())
        {
            if (field.Name is EventTypeRegistry.TypeProperty or EventTypeRegistry.VersionProperty)
            {
                count++;
            }
        }

        return count == 2;
    }
}
