using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Comparison;

/// <summary>What happened to one Service Request Variant sent to one Device type during a campaign.</summary>
/// <param name="Variant">The Service Reference Variant, e.g. 11.2.</param>
/// <param name="Name">Its name in the DUIS request matrix.</param>
/// <param name="DeviceType">The Device type it was sent to (for SR 11.1, the type of the Devices listed).</param>
/// <param name="Sent">Requests sent.</param>
/// <param name="Accepted">Requests acknowledged with I99.</param>
/// <param name="Rejected">Requests rejected, by E-code.</param>
/// <param name="Responses">Accepted requests whose Service Response reached the User.</param>
/// <param name="NoResponse">Accepted requests with no Service Response (lost, or the Device said nothing).</param>
/// <param name="AlertsN29">DCC Alerts N29 'Device Restored from Suspension' their responses caused.</param>
/// <param name="AlertsN52">DCC Alerts N52 'GSME Firmware Version Mismatch' their responses caused.</param>
public sealed record ServiceTally(
    string Variant,
    string Name,
    DeviceType DeviceType,
    int Sent,
    int Accepted,
    IReadOnlyDictionary<string, int> Rejected,
    int Responses,
    int NoResponse,
    int AlertsN29,
    int AlertsN52)
{
    /// <summary>Requests rejected, all codes.</summary>
    public int RejectedCount => Rejected.Values.Sum();

    /// <summary>Whether every count is the same as in another tally.</summary>
    public bool SameCounts(ServiceTally other) =>
        other is not null && Sent == other.Sent && Accepted == other.Accepted && Responses == other.Responses &&
        NoResponse == other.NoResponse && AlertsN29 == other.AlertsN29 && AlertsN52 == other.AlertsN52 &&
        Rejected.Count == other.Rejected.Count && Rejected.All(kv => other.Rejected.TryGetValue(kv.Key, out var n) && n == kv.Value);
}

/// <summary>Where the Devices of one type ended after a campaign.</summary>
/// <param name="DeviceType">The Device type.</param>
/// <param name="Devices">How many the fleet holds.</param>
/// <param name="SuspendedByCplRemoval">Suspended when the old firmware left the CPL.</param>
/// <param name="EndedSuspended">Still Suspended at the end.</param>
/// <param name="FirmwareMismatches">Where the SMI records other firmware than the Device runs.</param>
public sealed record DeviceTypeOutcome(DeviceType DeviceType, int Devices, int SuspendedByCplRemoval, int EndedSuspended, int FirmwareMismatches);
