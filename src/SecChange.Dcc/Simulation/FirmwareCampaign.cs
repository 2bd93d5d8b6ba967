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

    /// <summary>Generates a fleet and runs the campaign under a rule set.</summary>
    public static CampaignReport Run(FleetSpec spec, RuleSet ruleSet, IClock clock)
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
        var system = new DccSystem(ruleSet, clock, options, new SmartMeteringInventory(spec.Devices));
        var meters = FleetGenerator.Populate(system, spec, clock.GetCurrentInstant());
        return Run(system, meters, spec, watch);
    }

    /// <summary>Runs the campaign over meters already in a system.</summary>
    public static CampaignReport Run(DccSystem system, IReadOnlyList<int> meters, FleetSpec spec, Stopwatch? watch = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(meters);
        watch ??= Stopwatch.StartNew();
        var inventory = system.Inventory;
        var user = FleetGenerator.Supplier;
        var outbox = new ResponseTracker();
        ulong counter = 1;

        var removal = system.RemoveFirmwareFromCpl(null, spec.OldFirmware);

        // SR 11.1 Update Firmware: a Non-Device request naming up to 1000 Devices.
        for (var start = 0; start < meters.Count; start += BatchSize)
        {
            var ids = new Eui64[Math.Min(BatchSize, meters.Count - start)];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = inventory.IdAt(meters[start + i]);
            }

            system.Submit(new ServiceRequest(new RequestId(user, WellKnownIds.DccAccessControlBroker, counter++), 8, "11.1", "11.1")
            {
                FirmwareVersion = spec.NewFirmware,
                DeviceIdList = ids,
            }, outbox);
        }

        // SR 11.3 Activate Firmware, retried while no response arrives.
        var unconfirmed = new List<int>();
        foreach (var row in meters)
        {
            var confirmed = false;
            for (var attempt = 0; attempt <= spec.ActivationRetries && !confirmed; attempt++)
            {
                outbox.Reset();
                system.Submit(ServiceRequest.ToDevice(user, inventory.IdAt(row), counter++, 4, "11.3"), outbox);
                confirmed = outbox.GotResponse;
            }

            // No response, or one without a firmware version (SMETS1): the Supplier cannot tell what runs.
            if (!confirmed || !outbox.GotVersion)
            {
                unconfirmed.Add(row);
            }
        }

        // SR 11.2 through the GPF for gas meters: a mismatch raises N52 and changes nothing.
        if (spec.ReadThroughGpf)
        {
            for (var row = 0; row < inventory.Count; row++)
            {
                if (inventory.TypeAt(row) == DeviceType.GPF)
                {
                    system.Submit(ServiceRequest.ToDevice(user, inventory.IdAt(row), counter++, 1, "11.2"), outbox);
                }
            }
        }

        // SR 11.2 to meters whose activation was never confirmed with a version (E5 while Suspended before MP105).
        if (spec.ReadFirmwareAfterLoss)
        {
            foreach (var row in unconfirmed)
            {
                system.Submit(ServiceRequest.ToDevice(user, inventory.IdAt(row), counter++, 1, "11.2"), outbox);
            }
        }

        var endedSuspended = 0;
        var mismatches = 0;
        foreach (var row in meters)
        {
            if (inventory.StatusAt(row) == SmiStatus.Suspended)
            {
                endedSuspended++;
            }

            if (inventory.FirmwareAt(row) != system.Devices.RunningFirmware(row))
            {
                mismatches++;
            }
        }

        var stats = system.Statistics;
        return new CampaignReport
        {
            RuleSetId = system.RuleSet.Id,
            RuleSetName = system.RuleSet.Name,
            Devices = inventory.Count,
            MetersTargeted = meters.Count,
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
            ElapsedSeconds = watch.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Runs the same campaign (same seed, same losses) under two rule sets.</summary>
    public static (CampaignReport Before, CampaignReport After) Compare(FleetSpec spec, RuleSet before, RuleSet after, IClock clock) =>
        (Run(spec, before, clock), Run(spec, after, clock));

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
