using System.Diagnostics;
using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Simulation;

/// <summary>
/// Seed 004's scenario at fleet scale: the meters' firmware leaves the CPL (they are Suspended), the
/// Supplier distributes (SR 11.1) and activates (SR 11.3) new firmware, a share of responses is lost,
/// the Supplier retries SR 11.3, reads GSME firmware through the GPF and reads firmware (SR 11.2) where
/// it never saw activation confirmed
/// with a firmware version. Run under two rule sets it shows what MP105 changes.
/// </summary>
public static class FirmwareCampaign
{
    private const int BatchSize = 1000;

    /// <summary>Generates a fleet and runs the campaign under a rule set, the fleet split over <paramref name="partitions"/>.</summary>
    public static CampaignReport Run(FleetSpec spec, RuleSet ruleSet, IClock clock, int partitions = 1)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        spec = spec.Validated();
        var watch = Stopwatch.StartNew();
        var options = new DeviceSimulationOptions
        {
            ResponseLossRate = spec.LossRate,
            Smets1ActivationVersionRate = spec.Smets1ActivationVersionRate,
            Seed = spec.Seed,
        };
        var system = PartitionedDccSystem.Create(partitions, ruleSet, clock, options, spec.Devices);
        var meters = FleetGenerator.Populate(system, spec, clock.GetCurrentInstant());
        return Run(system, meters, spec, watch);
    }

    /// <summary>Runs the campaign over meters already in a system.</summary>
    public static CampaignReport Run(DccSystem system, IReadOnlyList<int> meters, FleetSpec spec, Stopwatch? watch = null) =>
        Run(new PartitionedDccSystem(system), [meters], spec, watch);

    /// <summary>
    /// Runs the campaign over meters already in a partitioned system: each step runs on every partition at
    /// once (one worker per partition), and a step starts when the previous one has finished everywhere, so
    /// the outcome is the same for any number of partitions.
    /// </summary>
    public static CampaignReport Run(PartitionedDccSystem system, IReadOnlyList<IReadOnlyList<int>> meters, FleetSpec spec, Stopwatch? watch = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(meters);
        watch ??= Stopwatch.StartNew();
        var removal = system.RemoveFirmwareFromCpl(null, spec.OldFirmware);
        var workers = Enumerable.Range(0, system.Count).Select(p => new Worker(system, p, meters[p], spec)).ToList();
        foreach (var step in new Action<Worker>[] { w => w.Distribute(), w => w.Activate(), w => w.ReadThroughGpf(), w => w.ReadUnconfirmed() })
        {
            Parallel.ForEach(workers, new ParallelOptions { MaxDegreeOfParallelism = system.Count }, step);
        }

        var endedSuspended = 0;
        var mismatches = 0;
        for (var p = 0; p < system.Count; p++)
        {
            var part = system.Partitions[p];
            foreach (var row in meters[p])
            {
                endedSuspended += part.Inventory.StatusAt(row) == SmiStatus.Suspended ? 1 : 0;
                mismatches += part.Inventory.FirmwareAt(row) != part.Devices.RunningFirmware(row) ? 1 : 0;
            }
        }

        var overview = system.Overview();
        var stats = overview.Statistics;
        return new CampaignReport
        {
            RuleSetId = system.RuleSet.Id,
            RuleSetName = system.RuleSet.Name,
            Devices = (int)overview.Devices,
            MetersTargeted = meters.Sum(m => m.Count),
            LossRate = spec.LossRate,
            SuspendedByCplRemoval = removal.Suspended.Count,
            EndedSuspended = endedSuspended,
            FirmwareMismatches = mismatches,
            DevicesRestored = stats.DevicesRestored,
            AlertsN29 = stats.AlertsN29,
            AlertsN52 = stats.AlertsN52,
            RequestsSent = stats.Requests,
            RequestsRejected = stats.Rejected,
            RejectionsByCode = stats.RejectionsByCode,
            ResponsesLost = stats.ResponsesLost,
            LostByServiceReference = new Dictionary<string, long>(stats.LostByServiceReference),
            Partitions = system.Count,
            ElapsedSeconds = watch.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Runs the same campaign (same seed, same losses) under two rule sets.</summary>
    public static (CampaignReport Before, CampaignReport After) Compare(FleetSpec spec, RuleSet before, RuleSet after, IClock clock) =>
        (Run(spec, before, clock), Run(spec, after, clock));

    /// <summary>The Supplier's campaign over one partition's meters; its request counters never collide with another worker's.</summary>
    private sealed class Worker(PartitionedDccSystem system, int partition, IReadOnlyList<int> meters, FleetSpec spec)
    {
        private readonly DccSystem _part = system.Partitions[partition];
        private readonly ResponseTracker _outbox = new();
        private readonly List<int> _unconfirmed = [];
        private ulong _counter = ((ulong)partition << 40) + 1;

        private SmartMeteringInventory Inventory => _part.Inventory;

        // SR 11.1 Update Firmware: a Non-Device request naming up to 1000 Devices.
        public void Distribute()
        {
            for (var start = 0; start < meters.Count; start += BatchSize)
            {
                var ids = new Eui64[Math.Min(BatchSize, meters.Count - start)];
                for (var i = 0; i < ids.Length; i++)
                {
                    ids[i] = Inventory.IdAt(meters[start + i]);
                }

                system.Submit(new ServiceRequest(new RequestId(FleetGenerator.Supplier, WellKnownIds.DccAccessControlBroker, _counter++), 8, "11.1", "11.1")
                {
                    FirmwareVersion = spec.NewFirmware,
                    DeviceIdList = ids,
                }, _outbox);
            }
        }

        // SR 11.3 Activate Firmware, retried while no response arrives.
        public void Activate()
        {
            foreach (var row in meters)
            {
                var confirmed = false;
                for (var attempt = 0; attempt <= spec.ActivationRetries && !confirmed; attempt++)
                {
                    _outbox.Reset();
                    Send(row, 4, "11.3");
                    confirmed = _outbox.GotResponse;
                }

                // No response, or one without a firmware version (SMETS1): the Supplier cannot tell what runs.
                if (!confirmed || !_outbox.GotVersion)
                {
                    _unconfirmed.Add(row);
                }
            }
        }

        // SR 11.2 through the GPF for gas meters: a mismatch raises N52 and changes nothing.
        public void ReadThroughGpf()
        {
            if (!spec.ReadThroughGpf)
            {
                return;
            }

            for (var row = 0; row < Inventory.Count; row++)
            {
                if (Inventory.TypeAt(row) == DeviceType.GPF)
                {
                    Send(row, 1, "11.2");
                }
            }
        }

        // SR 11.2 to meters whose activation was never confirmed with a version (E5 while Suspended before MP105).
        public void ReadUnconfirmed()
        {
            if (!spec.ReadFirmwareAfterLoss)
            {
                return;
            }

            foreach (var row in _unconfirmed)
            {
                Send(row, 1, "11.2");
            }
        }

        private void Send(int row, int commandVariant, string variant) =>
            system.Submit(ServiceRequest.ToDevice(FleetGenerator.Supplier, Inventory.IdAt(row), _counter++, commandVariant, variant), _outbox);
    }

    private sealed class ResponseTracker : IOutbox
    {
        public bool GotResponse { get; private set; }

        public bool GotVersion { get; private set; }

        public void Reset() => GotResponse = GotVersion = false;

        public void Deliver(OutboundMessage message)
        {
            if (message is ServiceResponse response)
            {
                GotResponse = true;
                GotVersion = response.Reply?.FirmwareVersion is not null;
            }
        }
    }
}
