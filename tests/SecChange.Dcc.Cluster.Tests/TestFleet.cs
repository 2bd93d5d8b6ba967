using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Cluster.Tests;

/// <summary>The fleet and requests the cluster tests share.</summary>
internal static class TestFleet
{
    public static readonly FixedClock Clock = new(NodaTime.Instant.FromUtc(2021, 11, 4, 9, 0));

    /// <summary>A generated fleet of 400 Devices (ESMEs, GSMEs and their GPFs) as a Device file gives it.</summary>
    public static DeviceFileContent Content()
    {
        var system = new DccSystem(BehaviourCatalogue.Default.Baseline, Clock);
        FleetGenerator.Populate(system, new FleetSpec { Devices = 400 }, Clock.GetCurrentInstant());
        var inv = system.Inventory;
        var pairs = Enumerable.Range(0, inv.Count).Where(r => inv.GsmeIdServedBy(r) is not null)
            .Select(r => (inv.IdAt(r), inv.GsmeIdServedBy(r)!.Value)).ToList();
        return new DeviceFileContent([.. inv.All()], [.. system.Cpl.Entries], pairs);
    }

    /// <summary>SR 11.1 Update Firmware from the fleet's Import Supplier; its DeviceIDList is to be given.</summary>
    public static ServiceRequest UpdateFirmware(string image, ulong counter, IEnumerable<Eui64>? devices = null) =>
        new(new RequestId(FleetGenerator.Supplier, WellKnownIds.DccAccessControlBroker, counter), 8, "11.1", "11.1")
        {
            FirmwareVersion = image,
            DeviceIdList = [.. devices ?? []],
        };

    /// <summary>SR 11.3 Activate Firmware (critical, so a Suspended Device takes it too).</summary>
    public static ServiceRequest ActivateFirmware(Eui64 device, ulong counter) =>
        ServiceRequest.ToDevice(FleetGenerator.Supplier, device, counter, 4, "11.3");
}
