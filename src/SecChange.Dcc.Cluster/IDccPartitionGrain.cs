using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Cluster;

/// <summary>
/// One partition of the fleet as a grain: its key p owns the Devices whose id hash falls in the p-th of
/// N equal ranges of the hash space (<see cref="Processing.DevicePartitioning"/>). Calls to one grain run
/// one at a time, as calls to one partition's lock do in a single process.
/// </summary>
public interface IDccPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Runs a request to one Device (or a Non-Device request held by this partition alone).</summary>
    Task<SubmitReply> Submit(RequestMessage request, GsmeMessage? remoteGsme);

    /// <summary>For SR 11.2 to a GPF here whose GSME another partition holds, that GSME's id.</summary>
    Task<ulong?> RemoteGsmeOf(RequestMessage request);

    /// <summary>A GSME held here as its GPF reports it.</summary>
    Task<GsmeMessage?> ViewGsme(ulong gsme);

    /// <summary>Checks this partition's part of a request spanning partitions, changing nothing.</summary>
    Task<ResponseCode> Authorise(RequestMessage part);

    /// <summary>Applies this partition's part of a checked spanning request; the answering partition counts it and acknowledges it.</summary>
    Task<SubmitReply> Commit(RequestMessage whole, RequestMessage part, ResponseCode code, bool answers);

    /// <summary>Checks and reserves this partition's Devices of a load; a refusal when they cannot all be added.</summary>
    Task<LoadRefusalMessage?> PrepareLoad(Guid load, DeviceMessage[] devices);

    /// <summary>Adds the reserved Devices of a load with the file's CPL entries and pairs.</summary>
    Task CommitLoad(Guid load, LoadExtras extras);

    /// <summary>Releases a load's reservation.</summary>
    Task AbortLoad(Guid load);

    /// <summary>Removes a firmware version from this partition's CPL and suspends its Devices running it.</summary>
    Task<CplRemovalMessage> RemoveFirmware(string? model, string firmwareVersion);

    /// <summary>A Device held here; null when unknown.</summary>
    Task<DeviceDetailsMessage?> FindDevice(ulong id);

    /// <summary>This partition's counts.</summary>
    Task<PartitionOverview> Overview();

    /// <summary>The silo this partition lives on.</summary>
    Task<string> Silo();
}
