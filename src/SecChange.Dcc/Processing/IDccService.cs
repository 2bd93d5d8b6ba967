using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Processing;

/// <summary>
/// The DSP as hosts use it, safe to call from many threads: partitions of the fleet in this process
/// (<see cref="PartitionedDccSystem"/>) or spread over a cluster of machines.
/// </summary>
public interface IDccService
{
    /// <summary>Validates, authorises and runs a request; the answer and what it sends asynchronously.</summary>
    ValueTask<SubmitResult> SubmitAsync(ServiceRequest request);

    /// <summary>Loads a Device file: all of it, or nothing.</summary>
    ValueTask<InventoryLoadResult> LoadAsync(DeviceFileContent content);

    /// <summary>Removes a firmware version from the CPL in every partition before returning.</summary>
    ValueTask<CplRemovalResult> RemoveFirmwareFromCplAsync(string? model, string firmwareVersion);

    /// <summary>A Device's SMI record, status history and the firmware it really runs; null when unknown.</summary>
    ValueTask<DeviceDetails?> FindDeviceAsync(Eui64 id);

    /// <summary>The counts of every partition together.</summary>
    ValueTask<DccOverview> OverviewAsync();
}

/// <summary>The synchronous answer to a request and the asynchronous messages it caused.</summary>
public sealed record SubmitResult(ResponseCode Code, IReadOnlyList<OutboundMessage> Messages);

/// <summary>A Device as an administrator reads it.</summary>
public sealed record DeviceDetails(DeviceRecord Record, string? RunningFirmware, IReadOnlyList<StatusChange> History);

/// <summary>The rule set in force, the number of Devices and the counts of what the DSP did.</summary>
public sealed record DccOverview(string RuleSetId, long Devices, int Partitions, DccStatistics Statistics);
