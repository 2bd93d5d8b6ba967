using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Processing;

/// <summary>
/// The fleet split by Device id (<see cref="DevicePartitioning"/>) over partitions, each a
/// <see cref="DccSystem"/> with its own lock, so requests for Devices in different partitions run on
/// different cores at once.
/// </summary>
/// <remarks>
/// A request to one Device takes its partition's lock only. Work that spans partitions takes their locks in
/// ascending order (so two such calls never wait on each other in a cycle): a CPL change holds every lock
/// while it applies, so it has reached every partition before any later request is answered; SR 11.1
/// checks its DeviceIDList in every partition it names before any of them applies it (all or nothing); a
/// load checks every partition before adding anything. SR 11.2 to a GPF whose GSME another partition holds
/// reads that GSME first, then runs on the GPF's partition, never holding two locks at once.
/// </remarks>
public sealed class PartitionedDccSystem : IDccService
{
    private readonly DccSystem[] _partitions;
    private readonly Lock[] _locks;

    /// <summary>Wraps existing partitions; partition i must hold exactly the Devices <see cref="DevicePartitioning"/> gives it.</summary>
    public PartitionedDccSystem(IReadOnlyList<DccSystem> partitions)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentOutOfRangeException.ThrowIfZero(partitions.Count);
        _partitions = [.. partitions];
        _locks = [.. partitions.Select(_ => new Lock())];
    }

    /// <summary>One partition: the whole fleet in one <see cref="DccSystem"/>.</summary>
    public PartitionedDccSystem(DccSystem single)
        : this([single])
    {
    }

    /// <summary>Creates <paramref name="partitions"/> empty partitions under one rule set.</summary>
    public static PartitionedDccSystem Create(int partitions, RuleSet ruleSet, IClock clock, DeviceSimulationOptions? options = null, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var each = Math.Max(16, capacity / partitions + (capacity / partitions / 16));
        return new PartitionedDccSystem([.. Enumerable.Range(0, partitions)
            .Select(_ => new DccSystem(ruleSet, clock, options, new SmartMeteringInventory(each)))]);
    }

    /// <summary>The partitions; lock with <see cref="Read{T}"/> before touching one while others may run.</summary>
    public IReadOnlyList<DccSystem> Partitions => _partitions;

    public int Count => _partitions.Length;

    /// <summary>The behaviour version in force in every partition.</summary>
    public RuleSet RuleSet
    {
        get => _partitions[0].RuleSet;
        set => EveryPartition(p => p.RuleSet = value);
    }

    /// <summary>The partition that owns a Device.</summary>
    public int PartitionOf(Eui64 id) => DevicePartitioning.PartitionOf(id, _partitions.Length);

    /// <summary>Runs a read on one partition under its lock.</summary>
    public T Read<T>(int partition, Func<DccSystem, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_locks[partition])
        {
            return read(_partitions[partition]);
        }
    }

    /// <summary>Processes a request (see <see cref="DccSystem.Submit"/>) on the partitions it concerns.</summary>
    public ResponseCode Submit(ServiceRequest request, IOutbox outbox)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outbox);
        if (request.DeviceIdList.Count > 0)
        {
            return SubmitToList(request, outbox);
        }

        var p = PartitionOf(request.RequestId.Target);
        GsmeView? remote = null;
        if (request.ServiceReference == "11.2" && Read(p, s => s.RemoteGsmeOf(request)) is { } gsme)
        {
            remote = Read(PartitionOf(gsme), s => s.ViewGsme(gsme));
        }

        lock (_locks[p])
        {
            return _partitions[p].Submit(request, outbox, remote);
        }
    }

    private ResponseCode SubmitToList(ServiceRequest request, IOutbox outbox)
    {
        var parts = request.DeviceIdList.GroupBy(PartitionOf).OrderBy(g => g.Key)
            .Select(g => (Partition: g.Key, Request: request with { DeviceIdList = [.. g] })).ToList();
        if (parts.Count == 1)
        {
            lock (_locks[parts[0].Partition])
            {
                return _partitions[parts[0].Partition].Submit(request, outbox);
            }
        }

        var partitions = parts.Select(p => p.Partition).ToList();
        Enter(partitions);
        try
        {
            var code = ResponseCode.I99;
            foreach (var (p, part) in parts)
            {
                code = DccSystem.FirstFailing(code, _partitions[p].Authorise(part));
            }

            var first = _partitions[parts[0].Partition];
            first.Statistics.Record(code);
            if (code == ResponseCode.I99)
            {
                foreach (var (p, part) in parts)
                {
                    _partitions[p].ApplyNonDevice(part);
                }

                first.AcknowledgeNonDevice(request, outbox);
            }

            return code;
        }
        finally
        {
            Exit(partitions);
        }
    }

    /// <summary>Adds a CPL entry to every partition.</summary>
    public void AddToCpl(Products.CplEntry entry) => EveryPartition(p => p.Cpl.Add(entry));

    /// <summary>Removes a firmware version from the CPL of every partition and suspends the Devices running it.</summary>
    public CplRemovalResult RemoveFirmwareFromCpl(string? model, string firmwareVersion)
    {
        IReadOnlyList<Products.CplEntry> removed = [];
        var suspended = new List<Eui64>();
        EveryPartition(p =>
        {
            var result = p.RemoveFirmwareFromCpl(model, firmwareVersion);
            removed = result.Removed;
            suspended.AddRange(result.Suspended);
        });
        return new CplRemovalResult(removed, suspended);
    }

    /// <summary>Loads a Device file into the partitions that own its Devices: all of it, or nothing.</summary>
    public InventoryLoadResult Load(DeviceFileContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var byPartition = new List<DeviceRecord>[_partitions.Length];
        for (var i = 0; i < byPartition.Length; i++)
        {
            byPartition[i] = [];
        }

        foreach (var device in content.Devices)
        {
            byPartition[PartitionOf(device.Id)].Add(device);
        }

        InventoryLoadResult? result = null;
        EveryPartition(_ => { }, () =>
        {
            for (var i = 0; i < _partitions.Length && result is null; i++)
            {
                result = _partitions[i].CheckLoad(byPartition[i]) is { } refusal ? refusal with { Devices = DeviceCount() } : null;
            }

            if (result is not null)
            {
                return;
            }

            for (var i = 0; i < _partitions.Length; i++)
            {
                _partitions[i].ApplyLoad(content, byPartition[i], id => _partitions[PartitionOf(id)].Inventory.Contains(id));
            }

            result = new InventoryLoadResult(content.Devices.Count, content.Cpl.Count, DeviceCount());
        });
        return result!;
    }

    /// <summary>A Device's record, history and running firmware; null when unknown.</summary>
    public DeviceDetails? FindDevice(Eui64 id) => Read(PartitionOf(id), s => s.FindDevice(id));

    /// <summary>The counts of every partition together.</summary>
    public DccOverview Overview()
    {
        var total = new DccStatistics();
        long devices = 0;
        EveryPartition(p =>
        {
            total.Add(p.Statistics);
            devices += p.Inventory.Count;
        });
        return new DccOverview(RuleSet.Id, devices, _partitions.Length, total);
    }

    ValueTask<SubmitResult> IDccService.SubmitAsync(ServiceRequest request)
    {
        var outbox = new ListOutbox();
        var code = Submit(request, outbox);
        return ValueTask.FromResult(new SubmitResult(code, outbox.Messages));
    }

    ValueTask<InventoryLoadResult> IDccService.LoadAsync(DeviceFileContent content) => ValueTask.FromResult(Load(content));

    ValueTask<CplRemovalResult> IDccService.RemoveFirmwareFromCplAsync(string? model, string firmwareVersion) =>
        ValueTask.FromResult(RemoveFirmwareFromCpl(model, firmwareVersion));

    ValueTask<DeviceDetails?> IDccService.FindDeviceAsync(Eui64 id) => ValueTask.FromResult(FindDevice(id));

    ValueTask<DccOverview> IDccService.OverviewAsync() => ValueTask.FromResult(Overview());

    private long DeviceCount() => _partitions.Sum(p => (long)p.Inventory.Count);

    private void EveryPartition(Action<DccSystem> each, Action? then = null)
    {
        var all = Enumerable.Range(0, _partitions.Length).ToList();
        Enter(all);
        try
        {
            foreach (var partition in _partitions)
            {
                each(partition);
            }

            then?.Invoke();
        }
        finally
        {
            Exit(all);
        }
    }

    private void Enter(List<int> ascending)
    {
        foreach (var p in ascending)
        {
            _locks[p].Enter();
        }
    }

    private void Exit(List<int> ascending)
    {
        for (var i = ascending.Count - 1; i >= 0; i--)
        {
            _locks[ascending[i]].Exit();
        }
    }
}
