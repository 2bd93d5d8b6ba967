using SecChange.Dcc.Comparison;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Simulation;

/// <summary>
/// Seed 004's firmware campaign, the one place that says what it sends, over every Device type that holds
/// firmware: the old firmware leaves the CPL (its Devices are Suspended); each Device's Import Supplier
/// distributes the new image (SR 11.1, per Device type, 1,000 Devices a request), activates it (SR 11.3,
/// retried while no response arrives), reads each updated GSME's firmware through its GPF (SR 11.2) and
/// reads firmware (SR 11.2) wherever activation was not confirmed with a version; then reads every GSME's
/// event and alert behaviours (SR 6.2.10, where MP078's IRP550 shows). What is counted is the
/// <see cref="ICampaignCounter"/>'s business.
/// </summary>
/// <remarks>
/// Each step runs on every partition at once (one worker per partition) and starts when the previous one
/// has finished everywhere; each Device draws from its own random stream, so the outcome is the same for
/// any number of partitions (only the SR 11.1 batches are per partition).
/// </remarks>
internal sealed class CampaignWalk
{
    private const int BatchSize = 1000;

    private CampaignWalk(PartitionedDccSystem system, CplRemovalResult removal, IReadOnlyList<IReadOnlyList<int>> targets)
    {
        System = system;
        Removal = removal;
        Targets = targets;
    }

    /// <summary>The fleet, as the walk left it.</summary>
    public PartitionedDccSystem System { get; }

    /// <summary>The CPL removal that started the campaign.</summary>
    public CplRemovalResult Removal { get; }

    /// <summary>Per partition, the rows of the Devices the campaign updated: every one that held the old firmware.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Targets { get; }

    /// <summary>Runs the campaign over the Devices already in a system, telling the counter what it sends.</summary>
    public static CampaignWalk Run(PartitionedDccSystem system, CampaignSettings settings, ICampaignCounter counter)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(counter);
        var workers = Enumerable.Range(0, system.Count).Select(p => new Worker(system, p, settings, counter.ForPartition(p))).ToList();

        // Every partition plans before anything changes: a GPF's GSME may live in another partition.
        Each(workers, w => w.Plan());
        var removal = system.RemoveFirmwareFromCpl(null, settings.OldFirmware);
        foreach (var step in new Action<Worker>[] { w => w.Distribute(), w => w.Activate(), w => w.ReadThroughGpf(), w => w.ReadUnconfirmed(), w => w.ReadGsmeEvents() })
        {
            Each(workers, step);
        }

        var walk = new CampaignWalk(system, removal, [.. workers.Select(w => w.Targets)]);
        counter.Finished(walk);
        return walk;
    }

    private static void Each(List<Worker> workers, Action<Worker> step) =>
        Parallel.ForEach(workers, new ParallelOptions { MaxDegreeOfParallelism = workers.Count }, step);

    /// <summary>The Suppliers' campaign over one partition's Devices; its request counters never collide with another worker's.</summary>
    private sealed class Worker(PartitionedDccSystem system, int partition, CampaignSettings settings, IRequestCounter? counter)
    {
        private readonly SmartMeteringInventory _inventory = system.Partitions[partition].Inventory;
        private readonly CampaignOutbox _outbox = new();
        private readonly List<int> _gpfReads = [];
        private readonly List<int> _unconfirmed = [];
        private ulong _next = ((ulong)partition << 40) + 1;

        public List<int> Targets { get; private set; } = [];

        // Reads only, on every partition at once: the Devices on the old firmware, and the GPFs serving such a GSME.
        public void Plan()
        {
            Targets = _inventory.RowsRunning(null, settings.OldFirmware);
            if (!settings.ReadThroughGpf)
            {
                return;
            }

            for (var row = 0; row < _inventory.Count; row++)
            {
                if (_inventory.TypeAt(row) == DeviceType.GPF && _inventory.GsmeIdServedBy(row) is { } gsme)
                {
                    var holder = system.Partitions[system.PartitionOf(gsme)].Inventory;
                    var gsmeRow = holder.RowOf(gsme);
                    if (gsmeRow >= 0 && holder.FirmwareAt(gsmeRow) == settings.OldFirmware)
                    {
                        _gpfReads.Add(row);
                    }
                }
            }
        }

        // SR 11.1 Update Firmware: a Non-Device request from the Import Supplier naming up to 1000 Devices of one
        // type, in the order the Devices stand; a batch goes as soon as it is full, so only one per type and
        // Supplier is held at a time.
        public void Distribute()
        {
            var open = new Dictionary<(DeviceType Type, Eui64 Supplier), List<Eui64>>();
            foreach (var row in Targets)
            {
                var key = (_inventory.TypeAt(row), _inventory.SupplierAt(row));
                if (!open.TryGetValue(key, out var batch))
                {
                    open[key] = batch = new List<Eui64>(BatchSize);
                }

                batch.Add(_inventory.IdAt(row));
                if (batch.Count == BatchSize)
                {
                    Distribute(key, batch);
                }
            }

            foreach (var (key, batch) in open.Where(b => b.Value.Count > 0))
            {
                Distribute(key, batch);
            }
        }

        private void Distribute((DeviceType Type, Eui64 Supplier) key, List<Eui64> batch)
        {
            Send(new ServiceRequest(new RequestId(key.Supplier, WellKnownIds.DccAccessControlBroker, _next++), 8, "11.1", "11.1")
            {
                FirmwareVersion = settings.NewFirmware,
                DeviceIdList = [.. batch],
            }, key.Type);
            batch.Clear();
        }

        // SR 11.3 Activate Firmware, retried while no response arrives.
        public void Activate()
        {
            foreach (var row in Targets)
            {
                ServiceResponse? response = null;
                for (var attempt = 0; attempt <= settings.ActivationRetries && response is null; attempt++)
                {
                    response = SendToDevice(row, 4, "11.3");
                }

                // No response, or one without a firmware version (SMETS1): the Supplier cannot tell what runs.
                if (response?.Reply?.FirmwareVersion is null)
                {
                    _unconfirmed.Add(row);
                }
            }
        }

        // SR 11.2 through the GPF for the updated gas meters: a mismatch raises N52 and changes nothing.
        public void ReadThroughGpf()
        {
            foreach (var row in _gpfReads)
            {
                SendToDevice(row, 1, "11.2");
            }
        }

        // SR 11.2 to Devices whose activation was never confirmed with a version (E5 while Suspended before MP105).
        public void ReadUnconfirmed()
        {
            if (settings.ReadFirmwareAfterLoss)
            {
                foreach (var row in _unconfirmed)
                {
                    SendToDevice(row, 1, "11.2");
                }
            }
        }

        // SR 6.2.10 to every GSME: silent before IRP550, a default "no events" response with it.
        public void ReadGsmeEvents()
        {
            for (var row = 0; settings.ReadGsmeEvents && row < _inventory.Count; row++)
            {
                if (_inventory.TypeAt(row) == DeviceType.GSME)
                {
                    SendToDevice(row, 1, "6.2.10");
                }
            }
        }

        private ServiceResponse? SendToDevice(int row, int commandVariant, string variant) =>
            Send(ServiceRequest.ToDevice(_inventory.SupplierAt(row), _inventory.IdAt(row), _next++, commandVariant, variant), _inventory.TypeAt(row));

        private ServiceResponse? Send(ServiceRequest request, DeviceType type)
        {
            _outbox.Reset();
            var code = system.Submit(request, _outbox);
            counter?.Count(request.ServiceReferenceVariant, type,
                new RequestOutcome(code, _outbox.Response is not null, _outbox.AlertsN29, _outbox.AlertsN52));
            return _outbox.Response;
        }
    }

    /// <summary>Keeps what one request brought back: its Service Response and how many alerts of each kind.</summary>
    private sealed class CampaignOutbox : IOutbox
    {
        public ServiceResponse? Response { get; private set; }

        public int AlertsN29 { get; private set; }

        public int AlertsN52 { get; private set; }

        public void Reset()
        {
            Response = null;
            AlertsN29 = AlertsN52 = 0;
        }

        public void Deliver(OutboundMessage message)
        {
            switch (message)
            {
                case ServiceResponse response:
                    Response ??= response;
                    break;
                case DccAlert { Code: DccAlert.DeviceRestoredFromSuspension }:
                    AlertsN29++;
                    break;
                case DccAlert { Code: DccAlert.GsmeFirmwareVersionMismatch }:
                    AlertsN52++;
                    break;
            }
        }
    }
}
