using System.Text.Json;
using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Rules;

/// <summary>
/// The baseline DCC System behaviour and each modification's behaviour, keyed by register reference,
/// loaded from <c>modification-behaviours.json</c>. Which modifications are in force is decided by the
/// caller (from the register's release scope): <see cref="Compose"/> builds that rule set.
/// </summary>
public sealed class BehaviourCatalogue
{
    private readonly StatusPolicy[] _policy;
    private readonly IReadOnlyList<SuspendedException> _baselineExceptions;

    private BehaviourCatalogue(StatusPolicy[] policy, IReadOnlyList<SuspendedException> baselineExceptions, IReadOnlyList<ModificationBehaviour> modifications)
    {
        _policy = policy;
        _baselineExceptions = baselineExceptions;
        Modifications = modifications;
        Baseline = new RuleSet(null, [], policy, baselineExceptions);
    }

    /// <summary>
    /// The setting (<see cref="ComposeSetting"/>) a DSP host runs when its configuration names none, for the
    /// endpoint and the cluster's partitions alike: MP105, as the shipped configuration.
    /// </summary>
    public const string DefaultSetting = "MP105";

    /// <summary>The catalogue shipped with the model.</summary>
    public static BehaviourCatalogue Default { get; } = Load(EmbeddedData.Read("modification-behaviours.json"));

    /// <summary>Every modification with DCC behaviour, in file order.</summary>
    public IReadOnlyList<ModificationBehaviour> Modifications { get; }

    /// <summary>The rule set with no modification.</summary>
    public RuleSet Baseline { get; }

    /// <summary>Every reference the catalogue keys a behaviour by.</summary>
    public IEnumerable<string> References => Modifications.Select(m => m.Reference);

    /// <summary>Finds a modification's behaviour by register reference, ignoring case.</summary>
    public bool TryGet(string reference, out ModificationBehaviour behaviour)
    {
        behaviour = Modifications.FirstOrDefault(m => string.Equals(m.Reference, reference?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return behaviour is not null;
    }

    /// <summary>The baseline plus the behaviours of the named modifications (catalogue order; unknown-to-the-catalogue references carry no behaviour and are skipped).</summary>
    /// <param name="references">Register references, e.g. the modifications in a release's scope.</param>
    /// <param name="name">A name for the result, e.g. "With release 2021-11".</param>
    public RuleSet Compose(IEnumerable<string> references, string? name = null)
    {
        var wanted = new HashSet<string>(references, StringComparer.OrdinalIgnoreCase);
        return new RuleSet(name, [.. Modifications.Where(m => wanted.Contains(m.Reference))], _policy, _baselineExceptions);
    }

    /// <summary>The baseline plus exactly the named modifications, each of which must carry a behaviour.</summary>
    /// <exception cref="KeyNotFoundException">A reference has no behaviour in the catalogue (named in the message).</exception>
    public RuleSet ComposeExactly(IEnumerable<string> references, string? name = null)
    {
        var list = references.ToList();
        foreach (var reference in list)
        {
            if (!TryGet(reference, out _))
            {
                throw new KeyNotFoundException(DccMessages.NoBehaviour(reference, References));
            }
        }

        return Compose(list, name);
    }

    /// <summary>The baseline plus exactly the modifications a setting lists, comma-separated (e.g. "MP105,SECMP0007"); the baseline when empty.</summary>
    /// <exception cref="KeyNotFoundException">A reference has no behaviour in the catalogue (named in the message).</exception>
    public RuleSet ComposeSetting(string references) =>
        ComposeExactly(references.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Loads a catalogue from JSON.</summary>
    /// <exception cref="FormatException">A value is unknown, a field is missing, or a reference is given twice.</exception>
    public static BehaviourCatalogue Load(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Read(doc.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"The DCC behaviours are not readable: {ex.Message}", ex);
        }
    }

    private static BehaviourCatalogue Read(JsonElement root)
    {
        var baseline = Required(root, "baseline", "The file");
        var policy = new StatusPolicy[16];
        Array.Fill(policy, StatusPolicy.All);
        foreach (var p in Required(baseline, "statusPolicy", "The baseline").EnumerateObject())
        {
            if (!SmiStatuses.TryParse(p.Name, out var status) || !Enum.TryParse<StatusPolicy>(p.Value.GetString(), out var pol))
            {
                throw new FormatException($"Bad status policy entry '{p.Name}': '{p.Value}'.");
            }

            policy[(int)status] = pol;
        }

        var modifications = new List<ModificationBehaviour>();
        foreach (var m in Required(root, "modifications", "The file").EnumerateArray())
        {
            var reference = Required(m, "reference", "A modification's behaviour").GetString()?.Trim();
            if (string.IsNullOrEmpty(reference))
            {
                throw new FormatException("A modification's behaviour needs its register reference.");
            }

            if (modifications.Any(x => string.Equals(x.Reference, reference, StringComparison.OrdinalIgnoreCase)))
            {
                throw new FormatException($"The DCC behaviours give {reference} twice.");
            }

            var behaviours = Behaviour.None;
            foreach (var b in Strings(m, "behaviours"))
            {
                behaviours |= Enum.TryParse<Behaviour>(b, out var one) && one != Behaviour.None
                    ? one
                    : throw new FormatException($"{reference}: unknown behaviour '{b}'.");
            }

            var types = Strings(m, "deviceTypes").Select(t => DeviceTypes.TryParse(t, out var type)
                ? type
                : throw new FormatException($"{reference}: unknown Device type '{t}'.")).ToArray();
            var scope = DeviceTypeSet.Of(types);
            modifications.Add(new ModificationBehaviour(
                reference,
                Required(m, "summary", reference).GetString() ?? string.Empty,
                m.TryGetProperty("source", out var source) ? source.GetString() ?? string.Empty : string.Empty,
                scope,
                [.. ReadExceptions(m).Select(e => e with { DeviceTypes = scope })],
                [.. Strings(m, "extendsServiceReferences")],
                behaviours));
        }

        return new BehaviourCatalogue(policy, ReadExceptions(baseline), modifications);
    }

    private static JsonElement Required(JsonElement owner, string name, string who) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{who} needs \"{name}\".");

    private static IEnumerable<string> Strings(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var arr) ? arr.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList() : [];

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
