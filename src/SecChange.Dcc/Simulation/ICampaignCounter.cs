using SecChange.Dcc.Inventory;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Simulation;

/// <summary>
/// Counts what a <see cref="CampaignWalk"/> sends: the comparison's per-Service-Request tally and the scale
/// simulation's totals are two counters over the same walk.
/// </summary>
internal interface ICampaignCounter
{
    /// <summary>
    /// The counter one partition's worker tells of each request it sends, or null when this counter needs
    /// no per-request counts. Workers run at once, so each partition gets its own.
    /// </summary>
    IRequestCounter? ForPartition(int partition);

    /// <summary>Called once the walk has finished on every partition, with the fleet as the walk left it.</summary>
    void Finished(CampaignWalk walk);
}

/// <summary>One partition's per-request counts; called from that partition's worker only.</summary>
internal interface IRequestCounter
{
    /// <summary>A request the campaign sent and what came of it.</summary>
    /// <param name="variant">Its Service Reference Variant.</param>
    /// <param name="type">The Device type it was sent to (for SR 11.1, the type of every Device it lists).</param>
    /// <param name="outcome">The answer and what reached the Supplier.</param>
    void Count(string variant, DeviceType type, in RequestOutcome outcome);
}

/// <summary>What came of one request the campaign sent.</summary>
/// <param name="Code">The synchronous answer (I99 when accepted).</param>
/// <param name="Responded">Whether its Service Response reached the Supplier.</param>
/// <param name="AlertsN29">DCC Alerts N29 (Device Restored from Suspension) it caused.</param>
/// <param name="AlertsN52">DCC Alerts N52 (GSME Firmware Version Mismatch) it caused.</param>
internal readonly record struct RequestOutcome(ResponseCode Code, bool Responded, int AlertsN29, int AlertsN52);
