using System.Diagnostics;
using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Simulation;

/// <summary>
/// The scale simulation's counter: no per-request counts (the partitions' statistics hold the totals), and
/// once the walk is done, where its meters ended and how long the whole run took.
/// </summary>
internal sealed class CampaignTotals(double lossRate, Stopwatch watch) : ICampaignCounter
{
    /// <summary>The report, once the walk has finished.</summary>
    public CampaignReport? Report { get; private set; }

    public IRequestCounter? ForPartition(int partition) => null;

    public void Finished(CampaignWalk walk)
    {
        var system = walk.System;
        var endedSuspended = 0;
        var mismatches = 0;
        for (var p = 0; p < system.Count; p++)
        {
            var part = system.Partitions[p];
            foreach (var row in walk.Targets[p])
            {
                endedSuspended += part.Inventory.StatusAt(row) == SmiStatus.Suspended ? 1 : 0;
                mismatches += part.Inventory.FirmwareAt(row) != part.Devices.RunningFirmware(row) ? 1 : 0;
            }
        }

        var overview = system.Overview();
        var stats = overview.Statistics;
        Report = new CampaignReport
        {
            RuleSetId = system.RuleSet.Id,
            RuleSetName = system.RuleSet.Name,
            Devices = (int)overview.Devices,
            MetersTargeted = walk.Targets.Sum(t => t.Count),
            LossRate = lossRate,
            SuspendedByCplRemoval = walk.Removal.Suspended.Count,
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
}
