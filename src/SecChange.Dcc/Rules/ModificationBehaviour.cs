using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Rules;

/// <summary>What one SEC modification changes in the DCC System, keyed by its register reference.</summary>
/// <param name="Reference">Its register reference, e.g. MP105.</param>
/// <param name="Summary">What it changes, in words.</param>
/// <param name="Source">Where the behaviour is read from (the document and section).</param>
/// <param name="DeviceTypes">The Device types it changes.</param>
/// <param name="SuspendedExceptions">Requests it adds to the Suspended-Device exception list (for <paramref name="DeviceTypes"/>).</param>
/// <param name="ExtendsServiceReferences">Service References it extends to <paramref name="DeviceTypes"/> (no longer E11 there).</param>
/// <param name="Behaviours">Behaviours it switches on (for <paramref name="DeviceTypes"/>).</param>
public sealed record ModificationBehaviour(
    string Reference,
    string Summary,
    string Source,
    DeviceTypeSet DeviceTypes,
    IReadOnlyList<SuspendedException> SuspendedExceptions,
    IReadOnlyList<string> ExtendsServiceReferences,
    Behaviour Behaviours);
