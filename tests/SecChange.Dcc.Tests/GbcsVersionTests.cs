using SecChange.Dcc.Devices;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Products;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Tests;

/// <summary>MP078: behaviour keyed by the full GBCS version on the CPL.</summary>
public class GbcsVersionTests
{
    private static ServiceRequest ReadEventBehaviours() => ServiceRequest.ToDevice(Scenario.Supplier, Scenario.Gsme, 5, 1, "6.2.10");

    [Fact]
    public void ReadEventBehaviours_WhenMp078AndGsmeOnGbcsWithIrp550_GetsDefaultNoEventsResponse()
    {
        var system = Scenario.Build(Scenario.With("MP078"));
        system.Inventory.SetFirmware(system.Row(Scenario.Gsme), Scenario.New); // 2.0 is GBCS 4.2 on the CPL
        var outbox = new ListOutbox();

        system.Submit(ReadEventBehaviours(), outbox).ShouldBe(ResponseCode.I99);

        outbox.Responses.ShouldHaveSingleItem().Reply!.Kind.ShouldBe(ReplyKind.NoEventsDefault);
    }

    [Fact]
    public void ReadEventBehaviours_WhenMp078ButGsmeOnGbcsBeforeIrp550_GetsNoResponse()
    {
        var system = Scenario.Build(Scenario.With("MP078")); // 1.0 is GBCS 4.0 on the CPL
        var outbox = new ListOutbox();

        system.Submit(ReadEventBehaviours(), outbox).ShouldBe(ResponseCode.I99);

        outbox.Messages.ShouldBeEmpty();
        system.Statistics.DevicesSilent.ShouldBe(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MP105")]
    public void ReadEventBehaviours_WhenMp078NotInForce_GsmeOnGbcs42StaysSilent(string modifications)
    {
        // IRP550 comes with MP078: before it, no GBCS version's mapping applies and the GSME says nothing.
        var system = Scenario.Build(Scenario.With(modifications));
        system.Inventory.SetFirmware(system.Row(Scenario.Gsme), Scenario.New);
        var outbox = new ListOutbox();

        system.Submit(ReadEventBehaviours(), outbox).ShouldBe(ResponseCode.I99);

        outbox.Messages.ShouldBeEmpty();
    }

    [Fact]
    public void Mapping_WhenGbcsVersionUnknown_UsesUnfixedFallback()
    {
        var mapping = GbcsVersionMapping.Default;
        mapping.For("9.9").ShouldBe(mapping.Fallback);
        mapping.For(null).GsmeDefaultNoEventsResponse.ShouldBeFalse();
        mapping.Versions.ShouldContain("4.2");
    }

    [Theory]
    [InlineData("4.0", DeviceType.ESME, true)]
    [InlineData("4.2", DeviceType.ESME, false)]
    [InlineData("4.2", DeviceType.GSME, false)]
    [InlineData("3.2", DeviceType.GSME, true)]
    [InlineData("3.2", DeviceType.PPMID, false)]
    public void SharesSecurityLogWithHanDevice_DependsOnGbcsVersion(string gbcs, DeviceType meter, bool shares)
    {
        SimulatedDevices.SharesSecurityLogWithHanDevice(meter, GbcsVersionMapping.Default.For(gbcs)).ShouldBe(shares);
    }
}
