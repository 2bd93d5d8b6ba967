using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Products;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Cluster;

/// <summary>
/// The DSP over a cluster: routes each call to the partition grains that own its Devices, wherever they
/// live. Work that spans partitions (SR 11.1 over several, a load, a CPL removal) runs in two phases: it
/// holds every partition it touches, in ascending order, and checks its part there; then it commits (or
/// aborts) every part. Two such operations therefore apply in the same order in every partition they
/// share, and a CPL removal returns only when every partition has applied it.
/// </summary>
public sealed class ClusterDccService(IGrainFactory grains, int partitions) : IDccService
{
    // 0..partitions-1, the keys of every partition grain.
    private readonly int[] _partitionIds = [.. Enumerable.Range(0, partitions)];

    /// <summary>Seams for tests; null in the DSP.</summary>
    public SpanningOperationHooks? Hooks { get; init; }

    private IDccPartitionGrain Partition(int p) => grains.GetGrain<IDccPartitionGrain>(p);

    private int PartitionOf(Eui64 id) => DevicePartitioning.PartitionOf(id, partitions);

    private IEnumerable<IDccPartitionGrain> All => _partitionIds.Select(Partition);

    public async ValueTask<SubmitResult> SubmitAsync(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DeviceIdList.Count > 0)
        {
            return await SubmitToListAsync(request);
        }

        var message = RequestMessage.From(request);
        var owner = Partition(PartitionOf(request.RequestId.Target));
        GsmeMessage? remote = null;
        if (request.ServiceReference == "11.2" && await owner.RemoteGsmeOf(message) is { } gsme)
        {
            remote = await Partition(PartitionOf(new Eui64(gsme))).ViewGsme(gsme);
        }

        return ToResult(await owner.Submit(message, remote));
    }

    private async Task<SubmitResult> SubmitToListAsync(ServiceRequest request)
    {
        var whole = RequestMessage.From(request);
        var parts = request.DeviceIdList.GroupBy(PartitionOf).OrderBy(g => g.Key)
            .Select(g => (Key: g.Key, Grain: Partition(g.Key), Part: RequestMessage.From(request with { DeviceIdList = [.. g] }))).ToList();
        if (parts.Count == 1)
        {
            return ToResult(await parts[0].Grain.Submit(whole, null));
        }

        return await SpanAsync([.. parts.Select(p => p.Key)],
            async _ =>
            {
                var codes = await Task.WhenAll(parts.Select(p => p.Grain.Authorise(p.Part)));
                return codes.Aggregate(ResponseCode.I99, DccSystem.FirstFailing);
            },
            async (operation, code) =>
            {
                var replies = await Task.WhenAll(parts.Select((p, i) => p.Grain.Commit(operation, whole, p.Part, code, answers: i == 0)));
                return new SubmitResult(code, [.. replies.SelectMany(r => r.Messages).Select(m => m.ToModel())]);
            });
    }

    public async ValueTask<InventoryLoadResult> LoadAsync(DeviceFileContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var byPartition = content.Devices.GroupBy(d => PartitionOf(d.Id)).ToDictionary(g => g.Key, g => g.Select(DeviceMessage.From).ToArray());
        var refusal = await SpanAsync(_partitionIds,
            async load =>
            {
                var refusals = await Task.WhenAll(_partitionIds.Select(p => Partition(p).PrepareLoad(load, byPartition.GetValueOrDefault(p, []))));
                return refusals.FirstOrDefault(r => r is not null);
            },
            async (load, refusal) =>
            {
                if (refusal is not null)
                {
                    await ReleaseAsync(load, _partitionIds);
                    return refusal;
                }

                var extras = new LoadExtras
                {
                    Cpl = [.. content.Cpl.Select(CplEntryMessage.From)],
                    PairGpfs = [.. content.Pairs.Select(p => p.Gpf.Value)],
                    PairGsmes = [.. content.Pairs.Select(p => p.Gsme.Value)],
                };
                await Task.WhenAll(All.Select(g => g.CommitLoad(load, extras)));
                return null;
            });
        var devices = (await OverviewAsync()).Devices;
        return refusal is null
            ? new InventoryLoadResult(content.Devices.Count, content.Cpl.Count, devices)
            : InventoryLoadResult.Refused(refusal.Refusal, refusal.Problem, devices);
    }

    public async ValueTask<CplRemovalResult> RemoveFirmwareFromCplAsync(string? model, string firmwareVersion)
    {
        var results = await SpanAsync(_partitionIds, _ => Task.FromResult(true),
            (removal, _) => Task.WhenAll(All.Select(g => g.RemoveFirmware(removal, model, firmwareVersion))));
        IReadOnlyList<CplEntry> removed = [.. results[0].Removed.Select(e => e.ToModel())];
        return new CplRemovalResult(removed, [.. results.SelectMany(r => r.Suspended).Select(d => new Eui64(d))]);
    }

    public async ValueTask<DeviceDetails?> FindDeviceAsync(Eui64 id) =>
        (await Partition(PartitionOf(id)).FindDevice(id.Value))?.ToModel();

    public async ValueTask<DccOverview> OverviewAsync()
    {
        var overviews = await Task.WhenAll(All.Select(g => g.Overview()));
        var total = new DccStatistics();
        foreach (var o in overviews)
        {
            o.AddTo(total);
        }

        return new DccOverview(overviews[0].RuleSetId, overviews.Sum(o => o.Devices), partitions, total);
    }

    /// <summary>The silo each partition lives on, by partition.</summary>
    public Task<string[]> SilosAsync() => Task.WhenAll(All.Select(g => g.Silo()));

    /// <summary>
    /// Runs an operation spanning partitions: holds each of them in ascending order (waiting while another
    /// operation holds one: ascending order means no two operations wait on each other in a cycle), prepares,
    /// then finishes with what the prepare decided; every finish commits or releases every partition held.
    /// </summary>
    private async Task<TResult> SpanAsync<TVote, TResult>(
        IReadOnlyList<int> ascending, Func<Guid, Task<TVote>> prepare, Func<Guid, TVote, Task<TResult>> finish)
    {
        var operation = Guid.NewGuid();
        TVote vote;
        try
        {
            foreach (var p in ascending)
            {
                while (await Partition(p).Hold(operation) is { } holder)
                {
                    Hooks?.Waiting?.Invoke();
                    await WaitForAsync(Partition(p), holder);
                }
            }

            vote = await prepare(operation);
            if (Hooks?.Prepared is { } prepared)
            {
                await prepared();
            }
        }
        catch
        {
            await ReleaseAsync(operation, ascending);
            throw;
        }

        return await finish(operation, vote);
    }

    // A hold may outlast Orleans' response timeout: then ask for the partition again (the hold may have lapsed).
    private static async Task WaitForAsync(IDccPartitionGrain partition, Guid holder)
    {
        try
        {
            await partition.WhenReleased(holder);
        }
        catch (TimeoutException)
        {
        }
    }

    private Task ReleaseAsync(Guid operation, IReadOnlyList<int> held) => Task.WhenAll(held.Select(p => Partition(p).Release(operation)));

    private static SubmitResult ToResult(SubmitReply reply) => new(reply.Code, [.. reply.Messages.Select(m => m.ToModel())]);
}
