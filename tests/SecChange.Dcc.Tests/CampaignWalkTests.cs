using SecChange.Dcc.Comparison;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Tests;

/// <summary>The one campaign walk, counted per Service Request by the comparison and in totals by the scale simulation.</summary>
public class CampaignWalkTests
{
    private static readonly FleetSpec Spec = new() { Devices = 3_000, Campaign = new CampaignSettings { LossRate = 0.2, Seed = 7 } };

    private static (PartitionedDccSystem System, ComparisonCounter Counter) Walk(int partitions, CampaignSettings settings)
    {
        var system = PartitionedDccSystem.Create(partitions, Scenario.WithMp105, new FixedClock(Scenario.Start), settings.DeviceOptions, Spec.Devices);
        FleetGenerator.Populate(system, Spec, Scenario.Start);
        var counter = new ComparisonCounter();
        CampaignWalk.Run(system, settings, counter);
        return (system, counter);
    }

    [Fact]
    public void Run_WhenCountedPerRequest_TalliesAddUpToThePartitionsStatistics()
    {
        var (system, counter) = Walk(3, Spec.SimulatedCampaign);

        var stats = system.Overview().Statistics;
        counter.Services.Sum(s => s.Sent).ShouldBe((int)stats.Requests);
        counter.Services.Sum(s => s.RejectedCount).ShouldBe((int)stats.Rejected);
        counter.Services.Sum(s => s.AlertsN29).ShouldBe((int)stats.AlertsN29);
        counter.Services.Sum(s => s.AlertsN52).ShouldBe((int)stats.AlertsN52);
        counter.Services.ShouldNotContain(s => s.Variant == "6.2.10", "the scale simulation leaves out the GSME event reads");
    }

    [Fact]
    public void Run_WhenSplitOverPartitions_CountsTheSameExceptSr111Batches()
    {
        var settings = new CampaignSettings { Seed = 7 };

        var one = Walk(1, settings).Counter;
        var three = Walk(3, settings).Counter;

        three.DeviceTypes.ShouldBe(one.DeviceTypes);
        three.Services.Where(s => s.Variant != "11.1").ShouldBe(one.Services.Where(s => s.Variant != "11.1"), new TallyComparer());
        three.Services.ShouldContain(s => s.Variant == "6.2.10" && s.DeviceType == DeviceType.GSME);
        // Every GPF serves an updated GSME, wherever its partition lives, and is read through once.
        three.Services.Single(s => s.Variant == "11.2" && s.DeviceType == DeviceType.GPF).Sent
            .ShouldBe(three.DeviceTypes.Single(t => t.DeviceType == DeviceType.GPF).Devices);
        one.DeviceTypes.Single(t => t.DeviceType == DeviceType.ESME).SuspendedByCplRemoval.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Run_WhenNoDeviceRunsTheOldFirmware_SendsOnlyTheGsmeEventReads()
    {
        var settings = new CampaignSettings { OldFirmware = "3.0", NewFirmware = "4.0", Seed = 7 };

        var counter = Walk(2, settings).Counter;

        // Nothing runs 3.0: nothing is updated, no GPF is read, only the GSME event reads go out.
        counter.Services.ShouldAllBe(s => s.Variant == "6.2.10");
    }

    private sealed class TallyComparer : IEqualityComparer<ServiceTally>
    {
        public bool Equals(ServiceTally? x, ServiceTally? y) =>
            x is not null && y is not null && x.Variant == y.Variant && x.DeviceType == y.DeviceType && x.SameCounts(y);

        public int GetHashCode(ServiceTally obj) => HashCode.Combine(obj.Variant, obj.DeviceType);
    }
}
