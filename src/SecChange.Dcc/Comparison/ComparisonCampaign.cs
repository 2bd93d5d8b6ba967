using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Comparison;

/// <summary>
/// The campaign a comparison runs, recorded per Service Request Variant and Device type. Seed 004's
/// firmware update over every Device type that holds firmware: the old firmware leaves the CPL (its
/// Devices are Suspended), each Device's Supplier distributes the new image (SR 11.1, per Device type),
/// activates it (SR 11.3, retried while no response arrives), reads the GSME's firmware through its GPF
/// and reads firmware (SR 11.2) wherever activation was not confirmed with a version; then reads every
/// GSME's event and alert behaviours (SR 6.2.10, where MP078's IRP550 shows).
/// </summary>
internal sealed class ComparisonCampaign
{
    private const int BatchSize = 1000;

    private readonly DccSystem _system;
    private readonly Dictionary<(string Variant, DeviceType Type), Counts> _tallies = [];
    private readonly ListOutbox _outbox = new();
    private ulong _counter = 1;

    private ComparisonCampaign(DccSystem system) => _system = system;

    public static (IReadOnlyList<ServiceTally> Services, IReadOnlyList<DeviceTypeOutcome> DeviceTypes) Run(DccSystem system, CampaignSettings settings)
    {
        var campaign = new ComparisonCampaign(system);
        var suspended = campaign.Execute(settings);
        return (campaign.Tallies(), Outcomes(system, suspended));
    }

    private Dictionary<DeviceType, int> Execute(CampaignSettings settings)
    {
        var inventory = _system.Inventory;
        var targets = new List<int>();
        for (var row = 0; row < inventory.Count; row++)
        {
            if (inventory.StatusAt(row) != SmiStatus.None && inventory.FirmwareAt(row) == settings.OldFirmware)
            {
                targets.Add(row);
            }
        }

        var suspended = _system.RemoveFirmwareFromCpl(null, settings.OldFirmware).Suspended
            .GroupBy(id => inventory.TypeAt(inventory.RowOf(id))).ToDictionary(g => g.Key, g => g.Count());

        foreach (var group in targets.GroupBy(row => (Type: inventory.TypeAt(row), Supplier: inventory.SupplierAt(row))))
        {
            foreach (var batch in group.Chunk(BatchSize))
            {
                Send(new ServiceRequest(new RequestId(group.Key.Supplier, WellKnownIds.DccAccessControlBroker, _counter++), 8, "11.1", "11.1")
                {
                    FirmwareVersion = settings.NewFirmware,
                    DeviceIdList = [.. batch.Select(inventory.IdAt)],
                }, group.Key.Type);
            }
        }

        var unconfirmed = new List<int>();
        foreach (var row in targets)
        {
            ServiceResponse? response = null;
            for (var attempt = 0; attempt <= settings.ActivationRetries && response is null; attempt++)
            {
                response = SendToDevice(row, 4, "11.3");
            }

            if (response?.Reply?.FirmwareVersion is null)
            {
                unconfirmed.Add(row);
            }
        }

        var targeted = targets.ToHashSet();
        for (var row = 0; row < inventory.Count; row++)
        {
            if (inventory.TypeAt(row) == DeviceType.GPF && targeted.Contains(inventory.GsmeServedBy(row)))
            {
                SendToDevice(row, 1, "11.2");
            }
        }

        foreach (var row in unconfirmed)
        {
            SendToDevice(row, 1, "11.2");
        }

        for (var row = 0; row < inventory.Count; row++)
        {
            if (inventory.TypeAt(row) == DeviceType.GSME)
            {
                SendToDevice(row, 1, "6.2.10");
            }
        }

        return suspended;
    }

    private ServiceResponse? SendToDevice(int row, int commandVariant, string variant) =>
        Send(ServiceRequest.ToDevice(_system.Inventory.SupplierAt(row), _system.Inventory.IdAt(row), _counter++, commandVariant, variant),
            _system.Inventory.TypeAt(row));

    private ServiceResponse? Send(ServiceRequest request, DeviceType type)
    {
        _outbox.Messages.Clear();
        var code = _system.Submit(request, _outbox);
        var key = (request.ServiceReferenceVariant, type);
        if (!_tallies.TryGetValue(key, out var counts))
        {
            _tallies[key] = counts = new Counts();
        }

        counts.Sent++;
        if (code != ResponseCode.I99)
        {
            counts.Rejected[code.ToString()] = counts.Rejected.GetValueOrDefault(code.ToString()) + 1;
            return null;
        }

        counts.Accepted++;
        var response = _outbox.Responses.FirstOrDefault();
        if (response is null)
        {
            counts.NoResponse++;
        }
        else
        {
            counts.Responses++;
        }

        counts.AlertsN29 += _outbox.Alerts.Count(a => a.Code == DccAlert.DeviceRestoredFromSuspension);
        counts.AlertsN52 += _outbox.Alerts.Count(a => a.Code == DccAlert.GsmeFirmwareVersionMismatch);
        return response;
    }

    private List<ServiceTally> Tallies() =>
        [.. _tallies.OrderBy(t => SortKey(t.Key.Variant), StringComparer.Ordinal).ThenBy(t => t.Key.Type).Select(t => new ServiceTally(
            t.Key.Variant,
            _system.Matrix.TryGet(t.Key.Variant, out var srv) ? srv.Name : t.Key.Variant,
            t.Key.Type, t.Value.Sent, t.Value.Accepted, new SortedDictionary<string, int>(t.Value.Rejected, StringComparer.Ordinal),
            t.Value.Responses, t.Value.NoResponse, t.Value.AlertsN29, t.Value.AlertsN52))];

    /// <summary>Orders variants numerically (6.2.10 before 11.1).</summary>
    internal static string SortKey(string variant) => string.Join('.', variant.Split('.').Select(p => p.PadLeft(4, '0')));

    private static List<DeviceTypeOutcome> Outcomes(DccSystem system, Dictionary<DeviceType, int> suspendedByRemoval)
    {
        var inventory = system.Inventory;
        var byType = new SortedDictionary<DeviceType, (int Devices, int Suspended, int Mismatches)>();
        for (var row = 0; row < inventory.Count; row++)
        {
            var (devices, suspended, mismatches) = byType.GetValueOrDefault(inventory.TypeAt(row));
            byType[inventory.TypeAt(row)] = (
                devices + 1,
                suspended + (inventory.StatusAt(row) == SmiStatus.Suspended ? 1 : 0),
                mismatches + (inventory.FirmwareAt(row) != system.Devices.RunningFirmware(row) ? 1 : 0));
        }

        return [.. byType.Select(t => new DeviceTypeOutcome(t.Key, t.Value.Devices, suspendedByRemoval.GetValueOrDefault(t.Key),
            t.Value.Suspended, t.Value.Mismatches))];
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
    }
}
