using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Products;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Cluster;

/// <summary>
/// The DSP over a cluster: routes each call to the partition grains that own its Devices, wherever they
/// live. Work that spans partitions checks every part before any applies (SR 11.1, loads); a CPL removal
/// returns only when every partition has applied it.
/// </summary>
public sealed class ClusterDccService(IGrainFactory grains, int partitions) : IDccService
{
    private IDccPartitionGrain Partition(int p) => grains.GetGrain<IDccPartitionGrain>(p);

    private int PartitionOf(Eui64 id) => DevicePartitioning.PartitionOf(id, partitions);

    private IEnumerable<IDccPartitionGrain> All => Enumerable.Range(0, partitions).Select(Partition);

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
            .Select(g => (Grain: Partition(g.Key), Part: RequestMessage.From(request with { DeviceIdList = [.. g] }))).ToList();
        if (parts.Count == 1)
        {
            return ToResult(await parts[0].Grain.Submit(whole, null));
        }

        var codes = await Task.WhenAll(parts.Select(p => p.Grain.Authorise(p.Part)));
        var code = codes.Aggregate(ResponseCode.I99, DccSystem.FirstFailing);
        var replies = await Task.WhenAll(parts.Select((p, i) => p.Grain.Commit(whole, p.Part, code, answers: i == 0)));
        return new SubmitResult(code, [.. replies.SelectMany(r => r.Messages).Select(m => m.ToModel())]);
    }

    public async ValueTask<InventoryLoadResult> LoadAsync(DeviceFileContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var load = Guid.NewGuid();
        var byPartition = content.Devices.GroupBy(d => PartitionOf(d.Id)).ToDictionary(g => g.Key, g => g.Select(DeviceMessage.From).ToArray());
        var refusals = await Task.WhenAll(Enumerable.Range(0, partitions)
            .Select(p => Partition(p).PrepareLoad(load, byPartition.GetValueOrDefault(p, []))));
        if (refusals.FirstOrDefault(r => r is not null) is { } refusal)
        {
            await Task.WhenAll(All.Select(g => g.AbortLoad(load)));
            return InventoryLoadResult.Refused(refusal.Refusal, refusal.Problem, (await OverviewAsync()).Devices);
        }

        var extras = new LoadExtras
        {
            Cpl = [.. content.Cpl.Select(CplEntryMessage.From)],
            PairGpfs = [.. content.Pairs.Select(p => p.Gpf.Value)],
            PairGsmes = [.. content.Pairs.Select(p => p.Gsme.Value)],
        };
        await Task.WhenAll(All.Select(g => g.CommitLoad(load, extras)));
        return new InventoryLoadResult(content.Devices.Count, content.Cpl.Count, (await OverviewAsync()).Devices);
    }

    public async ValueTask<CplRemovalResult> RemoveFirmwareFromCplAsync(string? model, string firmwareVersion)
    {
        var results = await Task.WhenAll(All.Select(g => g.RemoveFirmware(model, firmwareVersion)));
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

    private static SubmitResult ToResult(SubmitReply reply) => new(reply.Code, [.. reply.Messages.Select(m => m.ToModel())]);
}
