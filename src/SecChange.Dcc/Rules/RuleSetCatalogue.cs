using System.Text.Json;
using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Rules;

/// <summary>The modifications and rule sets the model knows, loaded from <c>rule-sets.json</c>.</summary>
public sealed class RuleSetCatalogue
{
    private readonly Dictionary<string, RuleSet> _ruleSets;

    private RuleSetCatalogue(Dictionary<string, RuleSet> ruleSets, IReadOnlyList<Modification> modifications)
    {
        _ruleSets = ruleSets;
        Modifications = modifications;
    }

    /// <summary>The catalogue shipped with the model.</summary>
    public static RuleSetCatalogue Default { get; } = Load(EmbeddedData.Read("rule-sets.json"));

    /// <summary>Every modification defined.</summary>
    public IReadOnlyList<Modification> Modifications { get; }

    /// <summary>Every rule set, in file order.</summary>
    public IEnumerable<RuleSet> RuleSets => _ruleSets.Values;

    /// <summary>Finds a rule set by id, ignoring case.</summary>
    public bool TryGet(string id, out RuleSet ruleSet) => _ruleSets.TryGetValue(id, out ruleSet!);

    /// <summary>Finds a rule set by id.</summary>
    /// <exception cref="KeyNotFoundException">No rule set has that id.</exception>
    public RuleSet Get(string id) =>
        TryGet(id, out var r) ? r : throw new KeyNotFoundException(DccMessages.UnknownRuleSet(id, _ruleSets.Keys));

    /// <summary>Loads a catalogue from JSON.</summary>
    /// <exception cref="FormatException">A rule set names an undefined modification, or a value is unknown.</exception>
    public static RuleSetCatalogue Load(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var baseline = root.GetProperty("baseline");

        var policy = new StatusPolicy[16];
        Array.Fill(policy, StatusPolicy.All);
        foreach (var p in baseline.GetProperty("statusPolicy").EnumerateObject())
        {
            if (!SmiStatuses.TryParse(p.Name, out var status) || !Enum.TryParse<StatusPolicy>(p.Value.GetString(), out var pol))
            {
                throw new FormatException($"Bad status policy entry '{p.Name}': '{p.Value}'.");
            }

            policy[(int)status] = pol;
        }

        var baselineExceptions = ReadExceptions(baseline);
        var modifications = new List<Modification>();
        foreach (var m in root.GetProperty("modifications").EnumerateArray())
        {
            var behaviours = Behaviour.None;
            foreach (var b in m.GetProperty("behaviours").EnumerateArray())
            {
                behaviours |= Enum.TryParse<Behaviour>(b.GetString(), out var one)
                    ? one
                    : throw new FormatException($"Unknown behaviour '{b.GetString()}'.");
            }

            var types = new List<DeviceType>();
            foreach (var t in m.GetProperty("deviceTypes").EnumerateArray())
            {
                types.Add(DeviceTypes.TryParse(t.GetString(), out var type)
                    ? type
                    : throw new FormatException($"Unknown Device type '{t.GetString()}'."));
            }

            var scope = DeviceTypeSet.Of([.. types]);
            var exceptions = ReadExceptions(m).Select(e => e with { DeviceTypes = scope }).ToList();
            modifications.Add(new Modification(
                m.GetProperty("id").GetString()!, m.GetProperty("title").GetString()!, m.GetProperty("release").GetString()!,
                scope, exceptions, behaviours));
        }

        var ruleSets = new Dictionary<string, RuleSet>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in root.GetProperty("ruleSets").EnumerateArray())
        {
            var id = r.GetProperty("id").GetString()!;
            var included = new List<Modification>();
            foreach (var name in r.GetProperty("modifications").EnumerateArray())
            {
                var mod = modifications.FirstOrDefault(x => string.Equals(x.Id, name.GetString(), StringComparison.OrdinalIgnoreCase))
                    ?? throw new FormatException(DccMessages.UnknownModification(id, name.GetString() ?? string.Empty));
                included.Add(mod);
            }

            ruleSets[id] = new RuleSet(id, r.GetProperty("name").GetString()!, included, policy, baselineExceptions);
        }

        return new RuleSetCatalogue(ruleSets, modifications);
    }

    private static List<SuspendedException> ReadExceptions(JsonElement owner)
    {
        var list = new List<SuspendedException>();
        if (!owner.TryGetProperty("suspendedExceptions", out var arr))
        {
            return list;
        }

        foreach (var e in arr.EnumerateArray())
        {
            int? cv = e.TryGetProperty("commandVariant", out var c) ? c.GetInt32() : null;
            SmetsGeneration? gen = e.TryGetProperty("generation", out var g) ? Enum.Parse<SmetsGeneration>(g.GetString()!, true) : null;
            list.Add(new SuspendedException(e.GetProperty("serviceReference").GetString()!, cv, gen,
                e.TryGetProperty("reason", out var why) ? why.GetString() ?? string.Empty : string.Empty));
        }

        return list;
    }
}
