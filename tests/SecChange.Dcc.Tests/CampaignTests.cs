using SecChange.Dcc.Comparison;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Tests;

public class CampaignTests
{
    private static readonly FleetSpec Spec = new() { Devices = 20_000, Campaign = new CampaignSettings { LossRate = 0.2, Seed = 7 } };

    [Fact]
    public void Compare_WhenTwentyPercentOfResponsesLost_Mp105RecoversMostDevicesBeforeLeaves()
    {
        var clock = new FixedClock(Scenario.Start);
        var (before, after) = FirmwareCampaign.Compare(Spec, Scenario.BeforeMp105, Scenario.WithMp105, clock);

        before.MetersTargeted.ShouldBe(after.MetersTargeted);
        before.SuspendedByCplRemoval.ShouldBe(before.MetersTargeted);
        before.SuspendedByCplRemoval.ShouldBe(after.SuspendedByCplRemoval);

        // Before MP105 about one in five meters stays Suspended (the lost first SR 11.3 response).
        before.EndedSuspendedShare.ShouldBeInRange(0.15, 0.30);
        // After MP105 only meters whose every response was lost stay Suspended: a small percentage.
        after.EndedSuspendedShare.ShouldBeLessThan(0.03);
        after.EndedSuspended.ShouldBeLessThan(before.EndedSuspended / 5);

        before.RejectionsByCode.ContainsKey("E5").ShouldBeTrue();
        after.RejectionsByCode.ContainsKey("E5").ShouldBeFalse();
        after.AlertsN29.ShouldBeGreaterThan(before.AlertsN29);
        after.FirmwareMismatches.ShouldBeLessThan(before.FirmwareMismatches);
        before.AlertsN52.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Run_WhenNoResponsesLost_RestoresEveryMeterInEitherRuleSet()
    {
        var spec = Spec with { Devices = 2_000, Campaign = Spec.Campaign with { LossRate = 0, Smets1ActivationVersionRate = 1 } };
        foreach (var rules in new[] { Scenario.BeforeMp105, Scenario.WithMp105 })
        {
            var report = FirmwareCampaign.Run(spec, rules, new FixedClock(Scenario.Start));
            report.EndedSuspended.ShouldBe(0, rules.Id);
            report.DevicesRestored.ShouldBe(report.MetersTargeted);
            report.RequestsRejected.ShouldBe(0);
            report.AlertsN52.ShouldBe(0);
        }
    }

    [Fact]
    public void Run_WhenSameSeed_GivesSameReport()
    {
        var clock = new FixedClock(Scenario.Start);
        var a = FirmwareCampaign.Run(Spec with { Devices = 3_000 }, Scenario.WithMp105, clock);
        var b = FirmwareCampaign.Run(Spec with { Devices = 3_000 }, Scenario.WithMp105, clock);
        (a.EndedSuspended, a.AlertsN29, a.ResponsesLost).ShouldBe((b.EndedSuspended, b.AlertsN29, b.ResponsesLost));
    }

    [Theory]
    [InlineData(0, 0.2)]
    [InlineData(100, 1.5)]
    [InlineData(100, -0.1)]
    public void Run_WhenSpecOutOfRange_Throws(int devices, double loss)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FirmwareCampaign.Run(new FleetSpec { Devices = devices, Campaign = new CampaignSettings { LossRate = loss } }, Scenario.WithMp105, new FixedClock(Scenario.Start)));
    }
}
