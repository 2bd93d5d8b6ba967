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

/// <summary>A SEC modification that changes DCC System behaviour.</summary>
/// <param name="Id">Its reference, e.g. MP105.</param>
/// <param name="Title">Its title.</param>
/// <param name="Release">The SEC release that implemented it.</param>
/// <param name="DeviceTypes">The Device types its behaviours apply to.</param>
/// <param name="SuspendedExceptions">Requests it adds to the Suspended-Device exception list.</param>
/// <param name="Behaviours">Behaviours it switches on.</param>
public sealed record Modification(
    string Id,
    string Title,
    string Release,
    DeviceTypeSet DeviceTypes,
    IReadOnlyList<SuspendedException> SuspendedExceptions,
    Behaviour Behaviours);

/// <summary>
/// A version of DCC System behaviour, named by the modifications it includes (e.g. "Before MP105";
/// "November 2021 SEC Release" with MP105). Rule sets are data (<c>rule-sets.json</c>), not code.
/// </summary>
public sealed class RuleSet
{
    private readonly StatusPolicy[] _policy;
    private readonly SuspendedException[] _exceptions;
    private readonly Dictionary<Behaviour, DeviceTypeSet> _behaviourScope = [];

    internal RuleSet(string id, string name, IReadOnlyList<Modification> modifications,
        StatusPolicy[] policy, IEnumerable<SuspendedException> baselineExceptions)
    {
        Id = id;
        Name = name;
        Modifications = modifications;
        _policy = policy;
        _exceptions = [.. baselineExceptions, .. modifications.SelectMany(m => m.SuspendedExceptions)];
        foreach (var m in modifications)
        {
            foreach (var b in Enum.GetValues<Behaviour>().Where(b => b != Behaviour.None && m.Behaviours.HasFlag(b)))
            {
                _behaviourScope[b] = _behaviourScope.TryGetValue(b, out var s) ? s.Union(m.DeviceTypes) : m.DeviceTypes;
            }
        }
    }

    /// <summary>Its id, e.g. <c>before-mp105</c>.</summary>
    public string Id { get; }

    /// <summary>Its name, e.g. "November 2021 SEC Release".</summary>
    public string Name { get; }

    /// <summary>The modifications it includes.</summary>
    public IReadOnlyList<Modification> Modifications { get; }

    /// <summary>The Suspended-Device exception list in force.</summary>
    public IReadOnlyList<SuspendedException> SuspendedExceptions => _exceptions;

    /// <summary>Whether it includes a modification.</summary>
    public bool Includes(string modificationId) =>
        Modifications.Any(m => string.Equals(m.Id, modificationId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a behaviour is on for a Device type.</summary>
    public bool Has(Behaviour behaviour, DeviceType type) =>
        _behaviourScope.TryGetValue(behaviour, out var scope) && scope.Contains(type);

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

    public override string ToString() =>
        Modifications.Count == 0 ? $"{Name} ({Id})" : $"{Name} ({Id}: {string.Join(", ", Modifications.Select(m => m.Id))})";
}
