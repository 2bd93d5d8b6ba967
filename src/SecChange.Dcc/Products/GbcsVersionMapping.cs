using System.Text.Json;

namespace SecChange.Dcc.Products;

/// <summary>How a Device of one full GBCS version behaves where GBCS versions differ (MP078).</summary>
/// <param name="GsmeDefaultNoEventsResponse">IRP550: a GSME answers SR 6.2.10 with a default "no events" response.</param>
/// <param name="SecurityLogSharedWithHanDevices">False once IRP603 applies: security logs are not shared with HAN Devices.</param>
public sealed record GbcsBehaviour(bool GsmeDefaultNoEventsResponse, bool SecurityLogSharedWithHanDevices);

/// <summary>
/// The DSP's mapping table from full GBCS version (held on the CPL) to behaviour, as MP078 requires.
/// </summary>
public sealed class GbcsVersionMapping
{
    private readonly Dictionary<string, GbcsBehaviour> _byVersion;

    private GbcsVersionMapping(Dictionary<string, GbcsBehaviour> byVersion, GbcsBehaviour fallback)
    {
        _byVersion = byVersion;
        Fallback = fallback;
    }

    /// <summary>The table shipped with the model.</summary>
    public static GbcsVersionMapping Default { get; } = Load(EmbeddedData.Read("gbcs-version-behaviours.json"));

    /// <summary>Behaviour for a GBCS version the table does not list (the unfixed behaviour).</summary>
    public GbcsBehaviour Fallback { get; }

    /// <summary>Every GBCS version the table lists.</summary>
    public IEnumerable<string> Versions => _byVersion.Keys;

    /// <summary>The behaviour of a full GBCS version; the fallback when unknown or null.</summary>
    public GbcsBehaviour For(string? gbcsVersion) =>
        gbcsVersion is not null && _byVersion.TryGetValue(gbcsVersion, out var b) ? b : Fallback;

    /// <summary>Loads the table from JSON.</summary>
    public static GbcsVersionMapping Load(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var map = new Dictionary<string, GbcsBehaviour>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in doc.RootElement.GetProperty("versions").EnumerateArray())
        {
            map[v.GetProperty("gbcsVersion").GetString()!] = Read(v);
        }

        return new GbcsVersionMapping(map, Read(doc.RootElement.GetProperty("default")));
    }

    private static GbcsBehaviour Read(JsonElement e) => new(
        e.GetProperty("gsmeDefaultNoEventsResponse").GetBoolean(),
        e.GetProperty("securityLogSharedWithHanDevices").GetBoolean());
}
