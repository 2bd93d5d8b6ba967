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
/// memory, as the model's does in one process; it is kept alive while the silo runs.
/// </summary>
[PartitionPlacement]
[KeepAlive]
public sealed class DccPartitionGrain(IOptions<DccClusterOptions> options, IClock clock) : Grain, IDccPartitionGrain
{
    private readonly DccSystem _system = new(options.Value.ComposeRuleSet(), clock, options.Value.DeviceSimulation);
    private readonly Dictionary<Guid, List<DeviceRecord>> _loads = [];
    private readonly HashSet<Eui64> _reserved = [];

    public Task<SubmitReply> Submit(RequestMessage request, GsmeMessage? remoteGsme)
    {
        var outbox = new ListOutbox();
        var code = _system.Submit(request.ToModel(), outbox, remoteGsme?.ToModel());
        return Task.FromResult(SubmitReply.From(code, outbox.Messages));
    }

    public Task<ulong?> RemoteGsmeOf(RequestMessage request) => Task.FromResult(_system.RemoteGsmeOf(request.ToModel())?.Value);

    public Task<GsmeMessage?> ViewGsme(ulong gsme) =>
        Task.FromResult(_system.ViewGsme(new Eui64(gsme)) is { } view ? GsmeMessage.From(view) : null);

    public Task<ResponseCode> Authorise(RequestMessage part) => Task.FromResult(_system.Authorise(part.ToModel()));

    public Task<SubmitReply> Commit(RequestMessage whole, RequestMessage part, ResponseCode code, bool answers)
    {
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
        if (records.FirstOrDefault(d => _reserved.Contains(d.Id)) is { } pending)
        {
            return Task.FromResult<LoadRefusalMessage?>(new LoadRefusalMessage
            {
                Refusal = LoadRefusal.DuplicateDevice, Problem = DccMessages.DuplicateDevice(pending.Id.ToString()),
            });
        }

        if (_system.CheckLoad(records) is { } refusal)
        {
            return Task.FromResult<LoadRefusalMessage?>(new LoadRefusalMessage { Refusal = refusal.Refusal, Problem = refusal.Problem! });
        }

        _loads[load] = records;
        _reserved.UnionWith(records.Select(d => d.Id));
        return Task.FromResult<LoadRefusalMessage?>(null);
    }

    public Task CommitLoad(Guid load, LoadExtras extras)
    {
        var records = Release(load);
        var content = new DeviceFileContent(records, [.. extras.Cpl.Select(c => c.ToModel())],
            [.. extras.PairGpfs.Select((gpf, i) => (new Eui64(gpf), new Eui64(extras.PairGsmes[i])))]);

        // A GSME may be in another partition: pair every GPF here with the GSME its file names.
        _system.ApplyLoad(content, records, _ => true);
        return Task.CompletedTask;
    }

    public Task AbortLoad(Guid load)
    {
        Release(load);
        return Task.CompletedTask;
    }

    public Task<CplRemovalMessage> RemoveFirmware(string? model, string firmwareVersion)
    {
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

    private List<DeviceRecord> Release(Guid load)
    {
        if (!_loads.Remove(load, out var records))
        {
            return [];
        }

        _reserved.ExceptWith(records.Select(d => d.Id));
        return records;
    }
}
