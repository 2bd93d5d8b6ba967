using System.Collections.Frozen;
using System.Text.Json;

namespace SecChange.Dcc.Duis;

/// <summary>
/// The request element each Service Reference Variant's Body holds (e.g. 11.2 → ReadFirmwareVersion),
/// taken from the DCC's reference messages (<c>duis-body-elements.json</c>): one element per SRV, as the
/// DUIS schema's choice fixes it.
/// </summary>
public static class DuisBodyElements
{
    private static readonly Lazy<FrozenDictionary<string, string>> ByVariant = new(() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(EmbeddedData.Read("duis-body-elements.json"))!
            .ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The Body element of a variant; false for a variant DUIS does not have.</summary>
    public static bool TryGet(string variant, out string element) => ByVariant.Value.TryGetValue(variant, out element!);
}
