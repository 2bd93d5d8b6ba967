using Orleans.Concurrency;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Cluster;

/// <summary>
/// One partition of the fleet as a grain: its key p owns the Devices whose id hash falls in the p-th of
/// N equal ranges of the hash space (<see cref="Processing.DevicePartitioning"/>). Calls to one grain run
/// one at a time, as calls to one partition's lock do in a single process. An operation spanning
/// partitions (SR 11.1 over several, a load, a CPL removal) runs in two phases under an operation id:
/// it holds each partition it touches (<see cref="Hold"/>, in ascending order), checks its part there,
/// then commits or releases every part; <see cref="ClusterDccService"/> coordinates.
/// </summary>
public interface IDccPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Runs a request to one Device (or a Non-Device request held by this partition alone).</summary>
    Task<SubmitReply> Submit(RequestMessage request, GsmeMessage? remoteGsme);

    /// <summary>For SR 11.2 to a GPF here whose GSME another partition holds, that GSME's id.</summary>
    Task<ulong?> RemoteGsmeOf(RequestMessage request);

    /// <summary>A GSME held here as its GPF reports it.</summary>
    Task<GsmeMessage?> ViewGsme(ulong gsme);

    /// <summary>Holds this partition for an operation spanning partitions; null when it now does, else the operation holding it.</summary>
    Task<Guid?> Hold(Guid operation);

    /// <summary>Completes when an operation no longer holds this partition (released, or its hold lapsed); runs beside any call.</summary>
    [AlwaysInterleave]
    Task WhenReleased(Guid operation);

    /// <summary>Aborts an operation here: drops what it prepared and releases its hold.</summary>
    Task Release(Guid operation);

    /// <summary>Checks this partition's part of a request spanning partitions, changing nothing.</summary>
    Task<ResponseCode> Authorise(RequestMessage part);

    /// <summary>
    /// Ends an operation's hold with its decision: applies this partition's part of a checked spanning request
    /// when the code is I99; the answering partition counts it and acknowledges it.
    /// </summary>
    Task<SubmitReply> Commit(Guid operation, RequestMessage whole, RequestMessage part, ResponseCode code, bool answers);

    /// <summary>Checks this partition's Devices of a load and keeps them for the commit; a refusal when they cannot all be added.</summary>
    Task<LoadRefusalMessage?> PrepareLoad(Guid load, DeviceMessage[] devices);

    /// <summary>Adds the prepared Devices of a load with the file's CPL entries and pairs, and releases the hold.</summary>
    Task CommitLoad(Guid load, LoadExtras extras);

    /// <summary>Removes a firmware version from this partition's CPL, suspends its Devices running it, and releases the hold.</summary>
    Task<CplRemovalMessage> RemoveFirmware(Guid operation, string? model, string firmwareVersion);

    /// <summary>A Device held here; null when unknown.</summary>
    Task<DeviceDetailsMessage?> FindDevice(ulong id);

    /// <summary>This partition's counts.</summary>
    Task<PartitionOverview> Overview();

    /// <summary>The silo this partition lives on.</summary>
    Task<string> Silo();
}
