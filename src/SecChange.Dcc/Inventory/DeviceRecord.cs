using NodaTime;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Inventory;

/// <summary>One Device as the Smart Metering Inventory describes it; a snapshot, not a live row.</summary>
/// <param name="Id">The Device's EUI-64.</param>
/// <param name="Type">Its Device type.</param>
/// <param name="Model">Its Device Model (manufacturer, model and hardware version as on the CPL).</param>
/// <param name="FirmwareVersion">Its firmware version per the SMI; null for a Type 2 Device.</param>
/// <param name="Generation">SMETS1 or SMETS2.</param>
/// <param name="Status">Its SMI status; <see cref="SmiStatus.None"/> for a Type 2 Device.</param>
/// <param name="StatusSince">When the current status applied.</param>
/// <param name="ImportSupplier">The Responsible Import Supplier's User id.</param>
/// <param name="NetworkOperator">The Responsible Network Operator's User id.</param>
public sealed record DeviceRecord(
    Eui64 Id,
    DeviceType Type,
    string Model,
    string? FirmwareVersion,
    SmetsGeneration Generation,
    SmiStatus Status,
    Instant StatusSince,
    Eui64 ImportSupplier,
    Eui64 NetworkOperator)
{
    /// <summary>The status the Device held before it was suspended, when it is Suspended.</summary>
    public SmiStatus StatusBeforeSuspension { get; init; }
}

/// <summary>One dated SMI status change of a Device.</summary>
/// <param name="From">The status before; <see cref="SmiStatus.None"/> for the loaded starting status.</param>
/// <param name="To">The status after.</param>
/// <param name="At">When it applied.</param>
/// <param name="Reason">Why, in words (e.g. "firmware 1.0 removed from the CPL").</param>
public sealed record StatusChange(SmiStatus From, SmiStatus To, Instant At, string Reason);
