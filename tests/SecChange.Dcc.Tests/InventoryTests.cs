using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Tests;

public class InventoryTests
{
    private static readonly NodaTime.Instant Later = Scenario.Start.Plus(NodaTime.Duration.FromDays(3));

    [Fact]
    public void Add_WhenDeviceValid_IsFoundWithEveryField()
    {
        var inv = new SmartMeteringInventory();
        inv.Add(Scenario.Device(Scenario.Esme, DeviceType.ESME, "M", "1.0", SmetsGeneration.Smets1, Scenario.Distributor));

        var found = inv.Find(Scenario.Esme).ShouldNotBeNull();
        found.Type.ShouldBe(DeviceType.ESME);
        found.Model.ShouldBe("M");
        found.FirmwareVersion.ShouldBe("1.0");
        found.Generation.ShouldBe(SmetsGeneration.Smets1);
        found.Status.ShouldBe(SmiStatus.Commissioned);
        found.ImportSupplier.ShouldBe(Scenario.Supplier);
        found.NetworkOperator.ShouldBe(Scenario.Distributor);
        inv.Find(Scenario.Gsme).ShouldBeNull();
    }

    [Fact]
    public void Add_WhenType2HasStatusOrFirmware_IsRefused()
    {
        var inv = new SmartMeteringInventory();
        Should.Throw<ArgumentException>(() => inv.Add(Scenario.Device(Scenario.Ihd, DeviceType.IHD, "I", "1.0", SmetsGeneration.Smets2, Scenario.Distributor)))
            .Message.ShouldContain("Type 2");
        inv.Count.ShouldBe(0);
    }

    [Fact]
    public void Add_WhenMeterLacksStatus_IsRefused()
    {
        var inv = new SmartMeteringInventory();
        Should.Throw<ArgumentException>(() => inv.Add(Scenario.Device(Scenario.Esme, DeviceType.ESME, "M", "1.0", SmetsGeneration.Smets2, Scenario.Distributor, SmiStatus.None)));
    }

    [Fact]
    public void Add_WhenIdAlreadyPresent_IsRefusedAndCountUnchanged()
    {
        var inv = new SmartMeteringInventory();
        inv.Add(Scenario.Device(Scenario.Esme, DeviceType.ESME, "M", "1.0", SmetsGeneration.Smets2, Scenario.Distributor));
        Should.Throw<ArgumentException>(() => inv.Add(Scenario.Device(Scenario.Esme, DeviceType.GSME, "M", "1.0", SmetsGeneration.Smets2, Scenario.Distributor)));
        inv.Count.ShouldBe(1);
        inv.Find(Scenario.Esme)!.Type.ShouldBe(DeviceType.ESME);
    }

    [Fact]
    public void Suspend_ThenRestore_ReturnsPriorStatusAndKeepsDatedHistory()
    {
        var inv = new SmartMeteringInventory();
        var row = inv.Add(Scenario.Device(Scenario.Esme, DeviceType.ESME, "M", "1.0", SmetsGeneration.Smets2, Scenario.Distributor, SmiStatus.InstalledNotCommissioned));

        inv.Suspend(row, Scenario.Start, "removed");
        inv.StatusAt(row).ShouldBe(SmiStatus.Suspended);
        inv.StatusBeforeSuspensionAt(row).ShouldBe(SmiStatus.InstalledNotCommissioned);

        inv.RestoreFromSuspension(row, Later, "back").ShouldBe(SmiStatus.InstalledNotCommissioned);
        inv.StatusAt(row).ShouldBe(SmiStatus.InstalledNotCommissioned);
        var history = inv.HistoryOf(row);
        history.Select(h => h.To).ShouldBe([SmiStatus.InstalledNotCommissioned, SmiStatus.Suspended, SmiStatus.InstalledNotCommissioned]);
        history[^1].At.ShouldBe(Later);
        inv.Find(Scenario.Esme)!.StatusSince.ShouldBe(Later);
    }

    [Fact]
    public void RestoreFromSuspension_WhenNotSuspended_ChangesNothing()
    {
        var inv = new SmartMeteringInventory();
        var row = inv.Add(Scenario.Device(Scenario.Esme, DeviceType.ESME, "M", "1.0", SmetsGeneration.Smets2, Scenario.Distributor));
        inv.RestoreFromSuspension(row, Later, "x").ShouldBe(SmiStatus.None);
        inv.HasChangedStatus(row).ShouldBeFalse();
        inv.HistoryOf(row).Count.ShouldBe(1);
    }

    [Fact]
    public void Add_WhenManyDevicesBeyondInitialCapacity_FindsEveryOne()
    {
        var inv = new SmartMeteringInventory(16);
        for (ulong i = 0; i < 50_000; i++)
        {
            inv.Add(Scenario.Device(new Eui64(0x00DB000000000000UL + (i * 7919)), DeviceType.ESME, "M", i % 2 == 0 ? "1.0" : "2.0", SmetsGeneration.Smets2, Scenario.Distributor));
        }

        inv.Count.ShouldBe(50_000);
        for (ulong i = 0; i < 50_000; i += 997)
        {
            inv.RowOf(new Eui64(0x00DB000000000000UL + (i * 7919))).ShouldBe((int)i);
        }

        inv.RowOf(new Eui64(1)).ShouldBe(-1);
        inv.RowsRunning("M", "1.0").Count.ShouldBe(25_000);
        inv.RowsRunning(null, "3.0").ShouldBeEmpty();
    }

    [Fact]
    public void SetFirmware_WhenType2_IsRefused()
    {
        var inv = new SmartMeteringInventory();
        var row = inv.Add(new DeviceRecord(Scenario.Ihd, DeviceType.IHD, "I", null, SmetsGeneration.Smets2, SmiStatus.None, Scenario.Start, Scenario.Supplier, Scenario.Distributor));
        Should.Throw<InvalidOperationException>(() => inv.SetFirmware(row, "1.0"));
        Should.Throw<InvalidOperationException>(() => inv.SetStatus(row, SmiStatus.Commissioned, Later, "x"));
        inv.HistoryOf(row).ShouldBeEmpty();
    }
}
