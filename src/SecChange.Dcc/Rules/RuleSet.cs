using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Rules;

/// <summary>DCC System behaviours a modification can switch on.</summary>
[Flags]
public enum Behaviour
{
    None = 0,

    /// <summary>
    /// An SR 11.2 response showing firmware on the CPL updates the SMI firmware version and restores a
    /// Suspended Device to the status it held before suspension, with DCC Alert N29 (MP105).
    /// </summary>
    FirmwareReadAlignsInventory = 1,

    /// <summary>
    /// The response to a retried SR 11.3 (firmware already active) updates the SMI firmware version for
    /// every Device and restores a Suspended one, with DCC Alert N29 (MP105).
    /// </summary>
    ActivationRetryAlignsInventory = 2,

    /// <summary>
    /// The DSP holds the full GBCS version from the CPL and behaves per GBCS version through its mapping
    /// table (MP078: IRP550, IRP603). Without it every Device behaves as before the IRPs.
    /// </summary>
    GbcsVersionBehaviours = 4,
}

/// <summary>Which Service Requests a Device in a given SMI status accepts.</summary>
public enum StatusPolicy
{
    /// <summary>Every Service Request.</summary>
    All,

    /// <summary>Critical Service Requests and the exception list only; anything else is E5.</summary>
    CriticalAndExceptions,

    /// <summary>No request acting on the Device (E5), Critical or not.</summary>
    Closed,
}

/// <summary>A non-critical Service Request allowed on a Suspended Device.</summary>
/// <param name="ServiceReference">The Service Reference.</param>
/// <param name="CommandVariant">When set, only this Command Variant.</param>
/// <param name="Generation">When set, only Devices of this SMETS generation.</param>
/// <param name="Reason">What it is, in words.</param>
public sealed record SuspendedException(string ServiceReference, int? CommandVariant, SmetsGeneration? Generation, string Reason)
{
    /// <summary>When set, only Devices of these types (a modification's scope, e.g. MP105: ESME and GSME).</summary>
    public DeviceTypeSet? DeviceTypes { get; init; }

    /// <summary>Whether a request matches this exception.</summary>
    public bool Matches(string serviceReference, int commandVariant, DeviceType type, SmetsGeneration generation) =>
        string.Equals(ServiceReference, serviceReference, StringComparison.Ordinal) &&
        (CommandVariant is null || CommandVariant == commandVariant) &&
        (Generation is null || Generation == generation) &&
        (DeviceTypes is null || DeviceTypes.Value.Contains(type));
}

/// <summary>
/// A version of DCC System behaviour: the baseline plus the behaviours of some modifications. Which
/// modifications is decided outside the model (from the register's release scope); the model only
/// applies them.
/// </summary>
public sealed class RuleSet
{
    private readonly StatusPolicy[] _policy;
    private readonly bool _named;
    private readonly SuspendedException[] _exceptions;
    private readonly Dictionary<Behaviour, DeviceTypeSet> _behaviourScope = [];
    private readonly Dictionary<string, DeviceTypeSet> _extendedServices = new(StringComparer.Ordinal);

    internal RuleSet(string? name, IReadOnlyList<ModificationBehaviour> modifications, StatusPolicy[] policy,
        IEnumerable<SuspendedException> baselineExceptions)
    {
        Modifications = modifications;
        Id = modifications.Count == 0 ? BaselineId : string.Join("+", modifications.Select(m => m.Reference));
        Name = name ?? (modifications.Count == 0 ? "Baseline" : $"Baseline + {Id}");
        _named = name is not null;
        _policy = policy;
        _exceptions = [.. baselineExceptions, .. modifications.SelectMany(m => m.SuspendedExceptions)];
        foreach (var m in modifications)
        {
            foreach (var b in Enum.GetValues<Behaviour>().Where(b => b != Behaviour.None && m.Behaviours.HasFlag(b)))
            {
                _behaviourScope[b] = _behaviourScope.TryGetValue(b, out var s) ? s.Union(m.DeviceTypes) : m.DeviceTypes;
            }

            foreach (var sr in m.ExtendsServiceReferences)
            {
                _extendedServices[sr] = _extendedServices.TryGetValue(sr, out var s) ? s.Union(m.DeviceTypes) : m.DeviceTypes;
            }
        }
    }

    /// <summary>The id of the rule set with no modification.</summary>
    public const string BaselineId = "baseline";

    /// <summary>Its id: <c>baseline</c>, or the references it includes joined by '+', e.g. <c>MP105+SECMP0007</c>.</summary>
    public string Id { get; }

    /// <summary>Its name, e.g. "With release 2021-11" (given by whoever composed it) or "Baseline + MP105".</summary>
    public string Name { get; }

    /// <summary>The name its composer gave it, or null when it carries the default name.</summary>
    public string? GivenName => _named ? Name : null;

    /// <summary>The modifications whose behaviours it includes, in catalogue order.</summary>
    public IReadOnlyList<ModificationBehaviour> Modifications { get; }

    /// <summary>The Suspended-Device exception list in force.</summary>
    public IReadOnlyList<SuspendedException> SuspendedExceptions => _exceptions;

    /// <summary>Whether a behaviour is on for a Device type.</summary>
    public bool Has(Behaviour behaviour, DeviceType type) =>
        _behaviourScope.TryGetValue(behaviour, out var scope) && scope.Contains(type);

    /// <summary>
    /// The Device types a Service Reference applies to: the baseline's (from the GBCS use-case table)
    /// plus any types a modification extends it to (e.g. SECMP0007: SR 11.2 to PPMIDs and HCALCSs).
    /// </summary>
    public DeviceTypeSet Applicability(string serviceReference, DeviceTypeSet baseline) =>
        _extendedServices.TryGetValue(serviceReference, out var more) ? baseline.Union(more) : baseline;

    /// <summary>The status policy for an SMI status.</summary>
    public StatusPolicy PolicyFor(SmiStatus status) => _policy[(int)status];

    /// <summary>Whether a non-critical request is on the Suspended-Device exception list.</summary>
    public bool IsSuspendedException(string serviceReference, int commandVariant, DeviceType type, SmetsGeneration generation)
    {
        foreach (var e in _exceptions)
        {
            if (e.Matches(serviceReference, commandVariant, type, generation))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => _named && Modifications.Count > 0 ? $"{Name} ({string.Join(", ", Modifications.Select(m => m.Reference))})" : Name;
}
