using System.Collections.Frozen;
using System.Text.Json;
using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Requests;

/// <summary>
/// Which Device types a Service Reference applies to, derived from the GBCS use case mapping table
/// (<c>gbcs-mapping-table.json</c>): ECSxx use cases address the ESME, GCSxx the GSME (and the GPF that
/// proxies it), CCSxx the Comms Hub (CHF and GPF), CSxx any Device with an SMI status.
/// </summary>
/// <remarks>
/// A Service Reference the table does not map (the table says "See GBCS" for some) applies to every
/// Device type with an SMI status: the model then rejects nothing with E11 it cannot justify from data.
/// This is the closest public source; it is [CONFIGURABLE], not confirmed from DUIS itself.
/// </remarks>
public sealed class ServiceApplicability
{
    private readonly FrozenDictionary<string, DeviceTypeSet> _byReference;

    private ServiceApplicability(Dictionary<string, DeviceTypeSet> byReference) =>
        _byReference = byReference.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The table shipped with the model.</summary>
    public static ServiceApplicability Default { get; } = Load(EmbeddedData.Read("gbcs-mapping-table.json"));

    /// <summary>The Device types a Service Reference applies to.</summary>
    public DeviceTypeSet For(string serviceReference) =>
        _byReference.TryGetValue(serviceReference, out var set) ? set : DeviceTypeSet.AllWithStatus;

    /// <summary>Whether the table maps the Service Reference explicitly.</summary>
    public bool Maps(string serviceReference) => _byReference.ContainsKey(serviceReference);

    /// <summary>Loads the GBCS mapping table.</summary>
    public static ServiceApplicability Load(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var map = new Dictionary<string, DeviceTypeSet>(StringComparer.Ordinal);
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            var reference = row.TryGetProperty("Service Reference", out var r) ? r.GetString() : null;
            var code = row.TryGetProperty("Code", out var c) ? c.GetString() : null;
            if (string.IsNullOrWhiteSpace(reference) || string.IsNullOrWhiteSpace(code) || !char.IsDigit(reference[0]))
            {
                continue;
            }

            var title = row.TryGetProperty("Use Case Title", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            var types = TypesForUseCase(code, title);
            foreach (var one in reference.Split((char[])[',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                map[one] = map.TryGetValue(one, out var existing) ? existing.Union(types) : types;
            }
        }

        return new ServiceApplicability(map);
    }

    private static DeviceTypeSet TypesForUseCase(string code, string title)
    {
        var types = code switch
        {
            _ when code.StartsWith("ECS", StringComparison.Ordinal) => DeviceTypeSet.Of(DeviceType.ESME),
            _ when code.StartsWith("GCS", StringComparison.Ordinal) => DeviceTypeSet.Of(DeviceType.GSME, DeviceType.GPF),
            _ when code.StartsWith("CCS", StringComparison.Ordinal) => DeviceTypeSet.Of(DeviceType.CHF, DeviceType.GPF),
            _ => DeviceTypeSet.AllWithStatus,
        };

        // Titles such as "ECS52 Read ESME/SAPC/Comms Hub Firmware Version" name further Device types.
        if (title.Contains("Comms Hub", StringComparison.OrdinalIgnoreCase) ||
            title.Contains("Communications Hub", StringComparison.OrdinalIgnoreCase))
        {
            types = types.Union(DeviceTypeSet.Of(DeviceType.CHF));
        }

        return types;
    }
}
