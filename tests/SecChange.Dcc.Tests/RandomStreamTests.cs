using SecChange.Dcc.Comparison;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Tests;

public class RandomStreamTests
{
    [Fact]
    public void Compare_WhenRuleSetsDiffer_LosesTheSameActivationResponses()
    {
        var spec = new FleetSpec { Devices = 20_000, Campaign = new CampaignSettings { LossRate = 0.2, Seed = 42 } };

        var (before, after) = FirmwareCampaign.Compare(spec, Scenario.BeforeMp105, Scenario.WithMp105, new FixedClock(Scenario.Start));

        before.LostByServiceReference["11.3"].ShouldBe(after.LostByServiceReference["11.3"]);
        before.LostByServiceReference["11.3"].ShouldBeGreaterThan(1000);
        // Both runs read through every GPF; only after MP105 does SR 11.2 also reach the Suspended meters.
        after.LostByServiceReference["11.2"].ShouldBeGreaterThan(before.LostByServiceReference["11.2"]);
        after.EndedSuspended.ShouldBeLessThan(before.EndedSuspended);
    }

    [Fact]
    public void Draw_WhenSameSeedDeviceAndDraw_GivesTheSameNumberAndOtherwiseAnother()
    {
        var first = DeviceRandom.Draw(42, 0x00DB123456789A0UL, DeviceRandom.LossStream, 0);

        DeviceRandom.Draw(42, 0x00DB123456789A0UL, DeviceRandom.LossStream, 0).ShouldBe(first);
        DeviceRandom.Draw(42, 0x00DB123456789A0UL, DeviceRandom.LossStream, 1).ShouldNotBe(first);
        DeviceRandom.Draw(43, 0x00DB123456789A0UL, DeviceRandom.LossStream, 0).ShouldNotBe(first);
        DeviceRandom.Draw(42, 0x00DB123456789A1UL, DeviceRandom.LossStream, 0).ShouldNotBe(first);
        DeviceRandom.Draw(42, 0x00DB123456789A0UL, DeviceRandom.Smets1VersionStream, 0).ShouldNotBe(first);
    }

    [Fact]
    public void Draw_WhenManyDevices_IsUniformEnoughForALossRate()
    {
        var lost = Enumerable.Range(0, 100_000).Count(i => DeviceRandom.Draw(1, 0x00DB_5100_0000_0000UL + (ulong)i, DeviceRandom.LossStream, 0) < 0.2);

        lost.ShouldBeInRange(19_500, 20_500);
    }
}
