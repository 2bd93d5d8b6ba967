using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Tests;

public class CplTests
{
    [Fact]
    public void RemoveFirmwareFromCpl_WhenDevicesRunIt_SuspendsThemRememberingPriorStatus()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Inventory.SetStatus(system.Row(Scenario.Gsme), SmiStatus.InstalledNotCommissioned, Scenario.Start, "test");

        var result = system.RemoveFirmwareFromCpl(Scenario.EsmeModel, Scenario.Old);

        result.Removed.Count.ShouldBe(1);
        result.Suspended.ShouldBe([Scenario.Esme]);
        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Suspended);
        system.Inventory.StatusBeforeSuspensionAt(system.Row(Scenario.Esme)).ShouldBe(SmiStatus.Commissioned);
        system.StatusOf(Scenario.Gsme).ShouldBe(SmiStatus.InstalledNotCommissioned);
        system.Cpl.Contains(Scenario.EsmeModel, Scenario.Old).ShouldBeFalse();
        system.Cpl.Contains(Scenario.GsmeModel, Scenario.Old).ShouldBeTrue();
    }

    [Fact]
    public void RemoveFirmwareFromCpl_WhenNoModelGiven_SuspendsEveryModelRunningIt()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Inventory.SetStatus(system.Row(Scenario.Gsme), SmiStatus.InstalledNotCommissioned, Scenario.Start, "test");

        var result = system.RemoveFirmwareFromCpl(null, Scenario.Old);

        result.Suspended.Count.ShouldBe(2);
        system.Inventory.StatusBeforeSuspensionAt(system.Row(Scenario.Gsme)).ShouldBe(SmiStatus.InstalledNotCommissioned);
        system.StatusOf(Scenario.Gpf).ShouldBe(SmiStatus.Commissioned);
    }

    [Fact]
    public void RemoveFirmwareFromCpl_WhenDeviceDecommissioned_LeavesIt()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Inventory.SetStatus(system.Row(Scenario.Esme), SmiStatus.Decommissioned, Scenario.Start, "test");
        system.RemoveFirmwareFromCpl(null, Scenario.Old).Suspended.ShouldBe([Scenario.Gsme]);
        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Decommissioned);
    }

    [Fact]
    public void RemoveFirmwareFromCpl_WhenVersionNotListed_RemovesAndSuspendsNothing()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        var result = system.RemoveFirmwareFromCpl(null, "9.9");
        result.Removed.ShouldBeEmpty();
        result.Suspended.ShouldBeEmpty();
        system.Inventory.CountByStatus()[SmiStatus.Commissioned].ShouldBe(5);
    }
}
