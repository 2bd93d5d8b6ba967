using SecChange.Dcc.Comparison;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Tests;

/// <summary>The same fleet and campaign without and with modifications' behaviour, per Service Request and Device type.</summary>
public class FleetComparisonTests
{
    private static readonly BehaviourCatalogue Catalogue = BehaviourCatalogue.Default;

    private static FleetComparisonReport Compare(string with, CampaignSettings? settings = null) =>
        FleetComparison.Run(ComparisonFleet.SampleFleet, settings ?? new CampaignSettings(), Catalogue.Baseline,
            Catalogue.ComposeExactly(with.Split(',')), new FixedClock(Scenario.Start));

    private static ServiceChange Change(FleetComparisonReport report, string variant, DeviceType type) =>
        report.Changes.Single(c => c.Variant == variant && c.DeviceType == type);

    [Fact]
    public void SampleFleet_WhenLoaded_HoldsAFewHundredDevicesOfEveryTypeOnTheSampleCpl()
    {
        var system = ComparisonFleet.SampleFleet.Build(Catalogue.Baseline, new FixedClock(Scenario.Start), new());

        system.Inventory.Count.ShouldBeInRange(200, 999);
        var types = Enumerable.Range(0, system.Inventory.Count).Select(system.Inventory.TypeAt).ToHashSet();
        types.ShouldBe(Enum.GetValues<DeviceType>().Where(t => t != DeviceType.None), ignoreOrder: true);
        for (var row = 0; row < system.Inventory.Count; row++)
        {
            if (!system.Inventory.TypeAt(row).IsType2())
            {
                system.Cpl.Contains(system.Inventory.ModelAt(row), system.Inventory.FirmwareAt(row)!).ShouldBeTrue();
            }
        }
    }

    [Fact]
    public void Run_WhenMp105_ReadFirmwareOnSuspendedMetersIsAcceptedAndRestoresThemWithN29()
    {
        var report = Compare("MP105");

        var esme = Change(report, "11.2", DeviceType.ESME);
        esme.Before!.Rejected.ContainsKey("E5").ShouldBeTrue();
        esme.Before.Accepted.ShouldBe(0);
        esme.After!.Rejected.ShouldBeEmpty();
        esme.After.Accepted.ShouldBe(esme.Before.Sent);
        esme.After.AlertsN29.ShouldBeGreaterThan(0);
        var ended = report.DeviceTypeChanges.Single(c => c.DeviceType == DeviceType.ESME);
        ended.After.EndedSuspended.ShouldBeLessThan(ended.Before.EndedSuspended);
        report.Changes.ShouldNotContain(c => c.DeviceType == DeviceType.PPMID || c.DeviceType == DeviceType.HCALCS || c.DeviceType == DeviceType.CHF);
    }

    [Fact]
    public void Run_WhenMp105_GpfStillRaisesN52AndGetsNoRestoration()
    {
        var gpf = Compare("MP105").Changes.Where(c => c.DeviceType == DeviceType.GPF).ToList();

        // Seed 004: GPF behaviour is unchanged; only fewer mismatches remain once the GSMEs are aligned.
        gpf.ShouldAllBe(c => c.After!.AlertsN29 == 0 && c.Before!.Rejected.Count == c.After.Rejected.Count);
    }

    [Fact]
    public void Run_WhenMp078_OnlyGsmeEventReadsChangeAndOnlyOnGbcsVersionsWithIrp550()
    {
        var report = Compare("MP078");

        var change = report.Changes.ShouldHaveSingleItem();
        change.Variant.ShouldBe("6.2.10");
        change.DeviceType.ShouldBe(DeviceType.GSME);
        change.Before!.Responses.ShouldBe(0);
        change.After!.Responses.ShouldBeGreaterThan(0);
        change.After.NoResponse.ShouldBeGreaterThan(0, "GSMEs whose firmware's GBCS version (4.1 on ACME-G2) lacks IRP550 still say nothing");
        report.DeviceTypeChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Run_WhenSecmp0007_ReadFirmwareToPpmidOrHcalcsIsNoLongerE11()
    {
        var report = Compare("SECMP0007", new CampaignSettings { LossRate = 0.5 });

        report.Changes.ShouldNotBeEmpty();
        report.Changes.ShouldAllBe(c => c.Variant == "11.2" && (c.DeviceType == DeviceType.PPMID || c.DeviceType == DeviceType.HCALCS));
        report.Changes.ShouldAllBe(c => c.Before!.Rejected.ContainsKey("E11") && !c.After!.Rejected.ContainsKey("E11"));
    }

    [Fact]
    public void Run_WhenSameRuleSetTwice_NothingChanges()
    {
        var report = FleetComparison.Run(ComparisonFleet.SampleFleet, new CampaignSettings(), Catalogue.Baseline, Catalogue.Baseline,
            new FixedClock(Scenario.Start));

        report.Changes.ShouldBeEmpty();
        report.DeviceTypeChanges.ShouldBeEmpty();
        report.Before.Services.ShouldNotBeEmpty();
    }

    [Fact]
    public void Run_WhenGeneratedFleet_ComparesMetersOnly()
    {
        var report = FleetComparison.Run(ComparisonFleet.Generated(new FleetSpec { Devices = 2_000 }), new CampaignSettings(),
            Catalogue.Baseline, Catalogue.ComposeExactly(["MP105"]), new FixedClock(Scenario.Start));

        report.Before.DeviceTypes.Select(t => t.DeviceType).ShouldBe([DeviceType.ESME, DeviceType.GSME, DeviceType.GPF]);
        report.Changes.ShouldContain(c => c.Variant == "11.2" && c.DeviceType == DeviceType.GSME);
    }

    [Theory]
    [InlineData(1.5, 1)]
    [InlineData(0.2, 11)]
    public void Run_WhenSettingsOutOfRange_Throws(double lossRate, int retries)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Compare("MP105", new CampaignSettings { LossRate = lossRate, ActivationRetries = retries }));
    }
}
