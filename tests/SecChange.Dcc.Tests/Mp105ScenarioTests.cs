using SecChange.Dcc.Devices;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Tests;

/// <summary>Seed 004 (MP105), step by step, before and after the November 2021 SEC Release.</summary>
public class Mp105ScenarioTests
{
    /// <summary>
    /// The old firmware leaves the CPL (the meter is Suspended), the new firmware is distributed and
    /// activated, and the SR 11.3 response is lost: the meter runs 2.0 while the SMI says Suspended on 1.0.
    /// </summary>
    private static DccSystem SuspendedWithLostActivation(Rules.RuleSet rules, Eui64 meter, SmetsGeneration generation = SmetsGeneration.Smets2)
    {
        var system = Scenario.Build(rules, generation);
        system.RemoveFirmwareFromCpl(null, Scenario.Old);
        system.Submit(Scenario.UpdateFirmware(Scenario.New, meter), new ListOutbox()).ShouldBe(ResponseCode.I99);
        system.Devices.LoseNextResponses(1);
        var outbox = new ListOutbox();
        system.Submit(Scenario.Activate(meter), outbox).ShouldBe(ResponseCode.I99);
        outbox.Messages.ShouldBeEmpty();
        system.Devices.RunningFirmware(system.Row(meter)).ShouldBe(Scenario.New);
        system.StatusOf(meter).ShouldBe(SmiStatus.Suspended);
        system.FirmwareOf(meter).ShouldBe(Scenario.Old);
        return system;
    }

    public static TheoryData<string> Meters => new() { "00-DB-12-34-56-78-90-A0", "00-DB-12-34-56-78-90-A1" };

    [Theory]
    [MemberData(nameof(Meters))]
    public void RetriedActivation_BeforeMp105_LeavesMeterSuspendedOnOldFirmware(string meterText)
    {
        var meter = Eui64.Parse(meterText);
        var system = SuspendedWithLostActivation(Scenario.BeforeMp105, meter);
        var outbox = new ListOutbox();

        system.Submit(Scenario.Activate(meter, 10), outbox).ShouldBe(ResponseCode.I99);

        var response = outbox.Responses.ShouldHaveSingleItem();
        response.Reply!.Outcome.ShouldBe(ActivationOutcome.AlreadyActive);
        response.Reply.FirmwareVersion.ShouldBe(Scenario.New);
        system.StatusOf(meter).ShouldBe(SmiStatus.Suspended);
        system.FirmwareOf(meter).ShouldBe(Scenario.Old);
        outbox.Alerts.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Meters))]
    public void ReadFirmware_BeforeMp105_IsRejectedWithE5AndMeterStaysSuspended(string meterText)
    {
        var meter = Eui64.Parse(meterText);
        var system = SuspendedWithLostActivation(Scenario.BeforeMp105, meter);
        var outbox = new ListOutbox();

        system.Submit(Scenario.ReadFirmware(meter), outbox).ShouldBe(ResponseCode.E5);

        outbox.Messages.ShouldBeEmpty();
        system.StatusOf(meter).ShouldBe(SmiStatus.Suspended);
    }

    [Theory]
    [MemberData(nameof(Meters))]
    public void RetriedActivation_AfterMp105_RestoresPriorStatusUpdatesFirmwareAndAlertsN29(string meterText)
    {
        var meter = Eui64.Parse(meterText);
        var system = SuspendedWithLostActivation(Scenario.WithMp105, meter);
        var outbox = new ListOutbox();

        system.Submit(Scenario.Activate(meter, 10), outbox).ShouldBe(ResponseCode.I99);

        system.StatusOf(meter).ShouldBe(SmiStatus.Commissioned);
        system.FirmwareOf(meter).ShouldBe(Scenario.New);
        AssertN29ToSupplierAndNetworkOperator(system, meter, outbox);
    }

    [Theory]
    [MemberData(nameof(Meters))]
    public void ReadFirmware_AfterMp105_RestoresPriorStatusUpdatesFirmwareAndAlertsN29(string meterText)
    {
        var meter = Eui64.Parse(meterText);
        var system = SuspendedWithLostActivation(Scenario.WithMp105, meter);
        var outbox = new ListOutbox();

        system.Submit(Scenario.ReadFirmware(meter), outbox).ShouldBe(ResponseCode.I99);

        system.StatusOf(meter).ShouldBe(SmiStatus.Commissioned);
        system.FirmwareOf(meter).ShouldBe(Scenario.New);
        outbox.Responses.ShouldHaveSingleItem().Reply!.FirmwareVersion.ShouldBe(Scenario.New);
        AssertN29ToSupplierAndNetworkOperator(system, meter, outbox);
        system.Inventory.HistoryOf(system.Row(meter)).Select(h => h.To).ShouldBe([SmiStatus.Commissioned, SmiStatus.Suspended, SmiStatus.Commissioned]);
    }

    [Fact]
    public void ReadFirmware_AfterMp105WhenPriorStatusWasInstalledNotCommissioned_RestoresThatStatus()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Inventory.SetStatus(system.Row(Scenario.Esme), SmiStatus.InstalledNotCommissioned, Scenario.Start, "test");
        system.RemoveFirmwareFromCpl(null, Scenario.Old);
        system.Devices.SetRunningFirmware(system.Row(Scenario.Esme), Scenario.New);

        system.Submit(Scenario.ReadFirmware(Scenario.Esme), new ListOutbox());

        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.InstalledNotCommissioned);
    }

    [Fact]
    public void ReadFirmware_AfterMp105WhenFirmwareNotOnCpl_UpdatesFirmwareButStaysSuspendedWithoutAlert()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.RemoveFirmwareFromCpl(null, Scenario.Old);
        system.Devices.SetRunningFirmware(system.Row(Scenario.Esme), "3.0-unlisted");
        var outbox = new ListOutbox();

        system.Submit(Scenario.ReadFirmware(Scenario.Esme), outbox).ShouldBe(ResponseCode.I99);

        system.FirmwareOf(Scenario.Esme).ShouldBe("3.0-unlisted");
        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Suspended);
        outbox.Alerts.ShouldBeEmpty();
    }

    [Fact]
    public void ReadFirmware_AfterMp105WhenStillOnRemovedFirmware_StaysSuspended()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.RemoveFirmwareFromCpl(null, Scenario.Old);
        var outbox = new ListOutbox();

        system.Submit(Scenario.ReadFirmware(Scenario.Esme), outbox).ShouldBe(ResponseCode.I99);

        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Suspended);
        outbox.Alerts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("MP105")]
    public void FirstActivationResponse_InEitherRuleSet_RestoresAndAlertsN29(string ruleSet)
    {
        var system = Scenario.Build(Scenario.With(ruleSet));
        system.RemoveFirmwareFromCpl(null, Scenario.Old);
        system.Submit(Scenario.UpdateFirmware(Scenario.New, Scenario.Esme), new ListOutbox());
        var outbox = new ListOutbox();

        system.Submit(Scenario.Activate(Scenario.Esme), outbox);

        outbox.Responses.ShouldHaveSingleItem().Reply!.Outcome.ShouldBe(ActivationOutcome.Activated);
        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Commissioned);
        AssertN29ToSupplierAndNetworkOperator(system, Scenario.Esme, outbox);
    }

    [Fact]
    public void RetriedActivation_AfterMp105OnCommissionedMeter_AlignsFirmwareWithoutAlert()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        system.Submit(Scenario.UpdateFirmware(Scenario.New, Scenario.Esme), new ListOutbox());
        system.Devices.LoseNextResponses(1);
        system.Submit(Scenario.Activate(Scenario.Esme), new ListOutbox());
        system.FirmwareOf(Scenario.Esme).ShouldBe(Scenario.Old);
        var outbox = new ListOutbox();

        system.Submit(Scenario.Activate(Scenario.Esme, 11), outbox);

        system.FirmwareOf(Scenario.Esme).ShouldBe(Scenario.New);
        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Commissioned);
        outbox.Alerts.ShouldBeEmpty();
    }

    [Fact]
    public void RetriedActivation_BeforeMp105OnCommissionedMeter_LeavesFirmwareMismatch()
    {
        var system = Scenario.Build(Scenario.BeforeMp105);
        system.Submit(Scenario.UpdateFirmware(Scenario.New, Scenario.Esme), new ListOutbox());
        system.Devices.LoseNextResponses(1);
        system.Submit(Scenario.Activate(Scenario.Esme), new ListOutbox());

        system.Submit(Scenario.Activate(Scenario.Esme, 11), new ListOutbox());

        system.FirmwareOf(Scenario.Esme).ShouldBe(Scenario.Old);
    }

    [Fact]
    public void RetriedActivation_AfterMp105OnSmets1WithoutVersion_LeavesMeterSuspended()
    {
        var system = SuspendedWithLostActivation(Scenario.WithMp105, Scenario.Esme, SmetsGeneration.Smets1);
        var outbox = new ListOutbox();

        system.Submit(Scenario.Activate(Scenario.Esme, 10), outbox).ShouldBe(ResponseCode.I99);

        outbox.Responses.ShouldHaveSingleItem().Reply!.FirmwareVersion.ShouldBeNull();
        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Suspended);
        system.FirmwareOf(Scenario.Esme).ShouldBe(Scenario.Old);
        outbox.Alerts.ShouldBeEmpty();
    }

    [Fact]
    public void ReadFirmware_AfterMp105OnSmets1AfterVersionlessActivation_Restores()
    {
        var system = SuspendedWithLostActivation(Scenario.WithMp105, Scenario.Esme, SmetsGeneration.Smets1);
        system.Submit(Scenario.Activate(Scenario.Esme, 10), new ListOutbox());
        var outbox = new ListOutbox();

        system.Submit(Scenario.ReadFirmware(Scenario.Esme), outbox).ShouldBe(ResponseCode.I99);

        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Commissioned);
        AssertN29ToSupplierAndNetworkOperator(system, Scenario.Esme, outbox);
    }

    [Fact]
    public void FirstActivation_OnSmets1WhenResponseCarriesVersion_Restores()
    {
        var options = new DeviceSimulationOptions { Smets1ActivationVersionRate = 1.0 };
        var system = Scenario.Build(Scenario.BeforeMp105, SmetsGeneration.Smets1, options);
        system.RemoveFirmwareFromCpl(null, Scenario.Old);
        system.Submit(Scenario.UpdateFirmware(Scenario.New, Scenario.Esme), new ListOutbox());

        system.Submit(Scenario.Activate(Scenario.Esme), new ListOutbox());

        system.StatusOf(Scenario.Esme).ShouldBe(SmiStatus.Commissioned);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MP105")]
    public void ReadFirmwareThroughGpf_WhenGsmeFirmwareDiffersFromSmi_AlertsN52AndChangesNothing(string ruleSet)
    {
        var system = SuspendedWithLostActivation(Scenario.With(ruleSet), Scenario.Gsme);
        var outbox = new ListOutbox();

        system.Submit(Scenario.ReadFirmware(Scenario.Gpf), outbox).ShouldBe(ResponseCode.I99);

        var alert = outbox.Alerts.ShouldHaveSingleItem();
        alert.Code.ShouldBe("N52");
        alert.Device.ShouldBe(Scenario.Gsme);
        alert.Recipient.ShouldBe(Scenario.Supplier);
        alert.Details.ShouldContain(new KeyValuePair<string, string>("ReportedFirmwareVersion", Scenario.New));
        system.StatusOf(Scenario.Gsme).ShouldBe(SmiStatus.Suspended);
        system.FirmwareOf(Scenario.Gsme).ShouldBe(Scenario.Old);
        system.StatusOf(Scenario.Gpf).ShouldBe(SmiStatus.Commissioned);
        system.Statistics.AlertsN52.ShouldBe(1);
    }

    [Fact]
    public void ReadFirmwareThroughGpf_WhenGsmeFirmwareMatchesSmi_SendsNoAlert()
    {
        var system = Scenario.Build(Scenario.WithMp105);
        var outbox = new ListOutbox();
        system.Submit(Scenario.ReadFirmware(Scenario.Gpf), outbox).ShouldBe(ResponseCode.I99);
        outbox.Alerts.ShouldBeEmpty();
        outbox.Responses.ShouldHaveSingleItem().Reply!.FirmwareVersion.ShouldBe(Scenario.Old);
    }

    private static void AssertN29ToSupplierAndNetworkOperator(DccSystem system, Eui64 meter, ListOutbox outbox)
    {
        var alerts = outbox.Alerts.ToList();
        alerts.Count.ShouldBe(2);
        alerts.ShouldAllBe(a => a.Code == "N29" && a.Device == meter);
        var row = system.Row(meter);
        alerts.Select(a => a.Recipient).ShouldBe([system.Inventory.SupplierAt(row), system.Inventory.NetworkOperatorAt(row)], ignoreOrder: true);
        alerts[0].Description.ShouldBe("Device Restored from Suspension");
    }
}
