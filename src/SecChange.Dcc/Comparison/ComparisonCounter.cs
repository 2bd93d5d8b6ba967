using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Comparison;

/// <summary>
/// The comparison's counter over the campaign's walk (<see cref="CampaignWalk"/>): per Service Request
/// Variant and Device type, what was sent and what came of it; per Device type, where the Devices ended.
/// </summary>
internal sealed class ComparisonCounter : ICampaignCounter
{
    private readonly List<PartitionCounts> _partitions = [];

    /// <summary>Per Service Request Variant and Device type, in the order sent (numeric variant, then type).</summary>
    public IReadOnlyList<ServiceTally> Services { get; private set; } = [];

    /// <summary>Per Device type, where the Devices ended.</summary>
    public IReadOnlyList<DeviceTypeOutcome> DeviceTypes { get; private set; } = [];

    /// <summary>Runs the campaign over a system and counts it.</summary>
    public static ComparisonCounter Run(DccSystem system, CampaignSettings settings)
    {
        var counter = new ComparisonCounter();
        CampaignWalk.Run(new PartitionedDccSystem(system), settings, counter);
        return counter;
    }

    /// <summary>Orders variants numerically (6.2.10 before 11.1).</summary>
    internal static string SortKey(string variant) => string.Join('.', variant.Split('.').Select(p => p.PadLeft(4, '0')));

    // The walk asks for every partition's counter before any worker starts.
    public IRequestCounter ForPartition(int partition)
    {
        var counts = new PartitionCounts();
        _partitions.Add(counts);
        return counts;
    }

    public void Finished(CampaignWalk walk)
    {
        var merged = new Dictionary<(string Variant, DeviceType Type), Counts>();
        foreach (var (key, counts) in _partitions.SelectMany(p => p.Tallies))
        {
            if (!merged.TryGetValue(key, out var total))
            {
                merged[key] = total = new Counts();
            }

            total.Add(counts);
        }

        var matrix = walk.System.Partitions[0].Matrix;
        Services = [.. merged.OrderBy(t => SortKey(t.Key.Variant), StringComparer.Ordinal).ThenBy(t => t.Key.Type).Select(t => new ServiceTally(
            t.Key.Variant,
            matrix.TryGet(t.Key.Variant, out var srv) ? srv.Name : t.Key.Variant,
            t.Key.Type, t.Value.Sent, t.Value.Accepted, new SortedDictionary<string, int>(t.Value.Rejected, StringComparer.Ordinal),
            t.Value.Responses, t.Value.NoResponse, t.Value.AlertsN29, t.Value.AlertsN52))];
        DeviceTypes = Outcomes(walk);
    }

    private static List<DeviceTypeOutcome> Outcomes(CampaignWalk walk)
    {
        var system = walk.System;
        var suspendedByRemoval = walk.Removal.Suspended.GroupBy(TypeOf).ToDictionary(g => g.Key, g => g.Count());
        var byType = new SortedDictionary<DeviceType, (int Devices, int Suspended, int Mismatches)>();
        foreach (var part in system.Partitions)
        {
            var inventory = part.Inventory;
            for (var row = 0; row < inventory.Count; row++)
            {
                var (devices, suspended, mismatches) = byType.GetValueOrDefault(inventory.TypeAt(row));
                byType[inventory.TypeAt(row)] = (
                    devices + 1,
                    suspended + (inventory.StatusAt(row) == SmiStatus.Suspended ? 1 : 0),
                    mismatches + (inventory.FirmwareAt(row) != part.Devices.RunningFirmware(row) ? 1 : 0));
            }
        }

        return [.. byType.Select(t => new DeviceTypeOutcome(t.Key, t.Value.Devices, suspendedByRemoval.GetValueOrDefault(t.Key),
            t.Value.Suspended, t.Value.Mismatches))];

        DeviceType TypeOf(Identity.Eui64 id)
        {
            var inventory = system.Partitions[system.PartitionOf(id)].Inventory;
            return inventory.TypeAt(inventory.RowOf(id));
        }
    }

    private sealed class PartitionCounts : IRequestCounter
    {
        public Dictionary<(string Variant, DeviceType Type), Counts> Tallies { get; } = [];

        public void Count(string variant, DeviceType type, in RequestOutcome outcome)
        {
            if (!Tallies.TryGetValue((variant, type), out var counts))
            {
                Tallies[(variant, type)] = counts = new Counts();
            }

            counts.Record(outcome);
        }
    }

    private sealed class Counts
    {
        public int Sent;
        public int Accepted;
        public int Responses;
        public int NoResponse;
        public int AlertsN29;
        public int AlertsN52;
        public readonly Dictionary<string, int> Rejected = new(StringComparer.Ordinal);

        public void Record(in RequestOutcome outcome)
        {
            Sent++;
            if (outcome.Code != ResponseCode.I99)
            {
                Rejected[outcome.Code.ToString()] = Rejected.GetValueOrDefault(outcome.Code.ToString()) + 1;
                return;
            }

            Accepted++;
            Responses += outcome.Responded ? 1 : 0;
            NoResponse += outcome.Responded ? 0 : 1;
            AlertsN29 += outcome.AlertsN29;
            AlertsN52 += outcome.AlertsN52;
        }

        public void Add(Counts other)
        {
            Sent += other.Sent;
            Accepted += other.Accepted;
            Responses += other.Responses;
            NoResponse += other.NoResponse;
            AlertsN29 += other.AlertsN29;
            AlertsN52 += other.AlertsN52;
            foreach (var (code, n) in other.Rejected)
            {
                Rejected[code] = Rejected.GetValueOrDefault(code) + n;
            }
        }
    }
}
