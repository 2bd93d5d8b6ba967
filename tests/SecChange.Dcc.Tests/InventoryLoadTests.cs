using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;

namespace SecChange.Dcc.Tests;

public class InventoryLoadTests
{
    private static DeviceRecord Esme(ulong n, string firmware = Scenario.Old) =>
        Scenario.Device(new Eui64(0x00DB_7700_0000_0000UL + n), DeviceType.ESME, Scenario.EsmeModel, firmware, SmetsGeneration.Smets2, Scenario.Distributor);

    [Fact]
    public void Load_WhenLastDeviceIsAlreadyLoaded_AddsNothingToAnyPartition()
    {
        var system = Scenario.BuildPartitioned(Scenario.WithMp105, 4);
        var devices = Enumerable.Range(0, 5000).Select(i => Esme((ulong)i)).Append(Scenario.Device(Scenario.Esme, DeviceType.ESME, Scenario.EsmeModel, Scenario.Old, SmetsGeneration.Smets2, Scenario.Distributor)).ToList();

        var result = system.Load(new DeviceFileContent(devices, [], []));

        result.Refusal.ShouldBe(LoadRefusal.DuplicateDevice);
        result.Problem.ShouldBe(DccMessages.DuplicateDevice(Scenario.Esme.ToString()));
        system.Overview().Devices.ShouldBe(6);
    }

    [Fact]
    public void Load_WhenFileHasMoreDistinctFirmwareVersionsThanTheTableHolds_RefusesUpFrontAndAddsNothing()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        var devices = Enumerable.Range(0, 65_535).Select(i => Esme((ulong)i, $"fw-{i}")).ToList();

        var result = system.Load(new DeviceFileContent(devices, [], []));

        result.Refusal.ShouldBe(LoadRefusal.TooManyDistinctValues);
        result.Problem.ShouldBe(DccMessages.TooManyDistinct("firmware version", 65_535));
        system.Inventory.Count.ShouldBe(6);
    }

    [Fact]
    public void Load_WhenFileHasMoreDistinctPartiesThanTheTableHolds_RefusesUpFrontAndAddsNothing()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        var devices = Enumerable.Range(0, 65_535).Select(i => Esme((ulong)i) with { NetworkOperator = new Eui64(0x00DB_7800_0000_0000UL + (ulong)i) }).ToList();

        var result = system.Load(new DeviceFileContent(devices, [], []));

        result.Refusal.ShouldBe(LoadRefusal.TooManyDistinctValues);
        result.Problem.ShouldBe(DccMessages.TooManyDistinct("party", 65_535));
        system.Inventory.Count.ShouldBe(6);
    }

    [Fact]
    public void Load_WhenDistinctFirmwareVersionsJustFit_LoadsThemAll()
    {
        var system = new DccSystem(Scenario.WithMp105, new FixedClock(Scenario.Start));
        var devices = Enumerable.Range(0, 65_535).Select(i => Esme((ulong)i, $"fw-{i}")).ToList();

        var result = system.Load(new DeviceFileContent(devices, [], []));

        result.Success.ShouldBeTrue();
        system.Inventory.Count.ShouldBe(65_535);
    }
}
