using Microsoft.Extensions.Options;
using NodaTime;
using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Cluster;

/// <summary>
/// A partition of the fleet: one <see cref="DccSystem"/> in a grain. Its state lives in the silo's
/// memory, as the model's does in one process; it is kept alive while the silo runs. Operations spanning
/// partitions take its <see cref="PartitionHold"/> before they check anything here and release it when
/// they commit or abort.
/// </summary>
[PartitionPlacement]
[KeepAlive]
public sealed class DccPartitionGrain(IOptions<DccClusterOptions> options, IClock clock, PartitionHoldTime holdTime) : Grain, IDccPartitionGrain
{
    private readonly DccSystem _system = new(options.Value.ComposeRuleSet(), clock, options.Value.DeviceSimulation);
    private readonly PartitionHold _hold = new(holdTime.Provider, options.Value.HoldLifetime);
    private readonly Dictionary<Guid, List<DeviceRecord>> _loads = [];

    public Task<SubmitReply> Submit(RequestMessage request, GsmeMessage? remoteGsme)
    {
        var outbox = new ListOutbox();
        var code = _system.Submit(request.ToModel(), outbox, remoteGsme?.ToModel());
        return Task.FromResult(SubmitReply.From(code, outbox.Messages));
    }

    public Task<ulong?> RemoteGsmeOf(RequestMessage request) => Task.FromResult(_system.RemoteGsmeOf(request.ToModel())?.Value);

    public Task<GsmeMessage?> ViewGsme(ulong gsme) =>
        Task.FromResult(_system.ViewGsme(new Eui64(gsme)) is { } view ? GsmeMessage.From(view) : null);

    public Task<Guid?> Hold(Guid operation) => Task.FromResult(_hold.TryTake(operation));

    public Task WhenReleased(Guid operation) => _hold.WhenReleased(operation);

    public Task Release(Guid operation)
    {
        _loads.Remove(operation);
        _hold.Release(operation);
        return Task.CompletedTask;
    }

    public Task<ResponseCode> Authorise(RequestMessage part) => Task.FromResult(_system.Authorise(part.ToModel()));

    public Task<SubmitReply> Commit(Guid operation, RequestMessage whole, RequestMessage part, ResponseCode code, bool answers)
    {
        // The decision is taken: it applies even if the hold has lapsed meanwhile, or all-or-nothing would break.
        _hold.Release(operation);
        var outbox = new ListOutbox();
        if (answers)
        {
            _system.Statistics.Record(code);
        }

        if (code == ResponseCode.I99)
        {
            _system.ApplyNonDevice(part.ToModel());
            if (answers)
            {
                _system.AcknowledgeNonDevice(whole.ToModel(), outbox);
            }
        }

        return Task.FromResult(SubmitReply.From(code, outbox.Messages));
    }

    public Task<LoadRefusalMessage?> PrepareLoad(Guid load, DeviceMessage[] devices)
    {
        var records = devices.Select(d => d.ToModel()).ToList();
        if (_system.CheckLoad(records) is { } refusal)
        {
            return Task.FromResult<LoadRefusalMessage?>(new LoadRefusalMessage { Refusal = refusal.Refusal, Problem = refusal.Problem! });
        }

        _loads[load] = records;
        return Task.FromResult<LoadRefusalMessage?>(null);
    }

    public Task CommitLoad(Guid load, LoadExtras extras)
    {
        // Committed even after a lapsed hold; a Device another load added meanwhile stays as that load left it.
        _hold.Release(load);
        var records = _loads.Remove(load, out var prepared) ? prepared.Where(d => !_system.Inventory.Contains(d.Id)).ToList() : [];
        var content = new DeviceFileContent(records, [.. extras.Cpl.Select(c => c.ToModel())],
            [.. extras.PairGpfs.Select((gpf, i) => (new Eui64(gpf), new Eui64(extras.PairGsmes[i])))]);

        // A GSME may be in another partition: pair every GPF here with the GSME its file names.
        _system.ApplyLoad(content, records, _ => true);
        return Task.CompletedTask;
    }

    public Task<CplRemovalMessage> RemoveFirmware(Guid operation, string? model, string firmwareVersion)
    {
        _hold.Release(operation);
        var result = _system.RemoveFirmwareFromCpl(model, firmwareVersion);
        return Task.FromResult(new CplRemovalMessage
        {
            Removed = [.. result.Removed.Select(CplEntryMessage.From)],
            Suspended = [.. result.Suspended.Select(d => d.Value)],
        });
    }

    public Task<DeviceDetailsMessage?> FindDevice(ulong id) =>
        Task.FromResult(_system.FindDevice(new Eui64(id)) is { } found ? DeviceDetailsMessage.From(found) : null);

    public Task<PartitionOverview> Overview() => Task.FromResult(PartitionOverview.From(_system));

    public Task<string> Silo() => Task.FromResult(RuntimeIdentity);
}
