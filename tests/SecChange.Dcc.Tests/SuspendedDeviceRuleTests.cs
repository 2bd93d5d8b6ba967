using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Tests;

public class SuspendedDeviceRuleTests
{
    private static (Processing.DccSystem System, Eui64 Device) Suspended(RuleSet rules, Eui64 device, SmetsGeneration generation = SmetsGeneration.Smets2)
    {
        var system = Scenario.Build(rules, generation);
        system.Inventory.Suspend(system.Row(device), Scenario.Start, "test");
        return (system, device);
    }

    public static TheoryData<string> RuleSets => new() { "", "MP105" };

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Authorise_WhenSuspendedAndCritical_ReturnsI99(string ruleSet)
    {
        var (system, esme) = Suspended(Scenario.With(ruleSet), Scenario.Esme);
        system.Authorise(Scenario.Activate(esme)).ShouldBe(ResponseCode.I99);
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Authorise_WhenSuspendedAndOnBaselineExceptionList_ReturnsI99(string ruleSet)
    {
        var (system, esme) = Suspended(Scenario.With(ruleSet), Scenario.Esme);
        system.Authorise(Scenario.UpdateFirmware("2.0", esme)).ShouldBe(ResponseCode.I99);
        system.Authorise(ServiceRequest.ToDevice(Scenario.Supplier, esme, 1, 1, "6.23")).ShouldBe(ResponseCode.I99);
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Authorise_WhenSuspendedAndOtherNonCritical_ReturnsE5(string ruleSet)
    {
        var (system, esme) = Suspended(Scenario.With(ruleSet), Scenario.Esme);
        system.Authorise(ServiceRequest.ToDevice(Scenario.Supplier, esme, 1, 1, "4.1.1")).ShouldBe(ResponseCode.E5);
    }

    [Fact]
    public void Authorise_WhenTopUpWithVariant2OnSuspendedSmets1_ReturnsI99()
    {
        var (system, esme) = Suspended(Scenario.BeforeMp105, Scenario.Esme, SmetsGeneration.Smets1);
        system.Authorise(ServiceRequest.ToDevice(Scenario.Supplier, esme, 1, 2, "2.2")).ShouldBe(ResponseCode.I99);
        system.Authorise(ServiceRequest.ToDevice(Scenario.Supplier, esme, 1, 1, "2.2")).ShouldBe(ResponseCode.E5);
    }

    [Fact]
    public void Authorise_WhenTopUpWithVariant2OnSuspendedSmets2_ReturnsE5()
    {
        var (system, esme) = Suspended(Scenario.BeforeMp105, Scenario.Esme, SmetsGeneration.Smets2);
        system.Authorise(ServiceRequest.ToDevice(Scenario.Supplier, esme, 1, 2, "2.2")).ShouldBe(ResponseCode.E5);
    }

    [Theory]
    [InlineData("00-DB-12-34-56-78-90-A0")]
    [InlineData("00-DB-12-34-56-78-90-A1")]
    public void Authorise_WhenReadFirmwareOnSuspendedMeterBeforeMp105_ReturnsE5(string meter)
    {
        var (system, device) = Suspended(Scenario.BeforeMp105, Eui64.Parse(meter));
        system.Authorise(Scenario.ReadFirmware(device)).ShouldBe(ResponseCode.E5);
    }

    [Theory]
    [InlineData("00-DB-12-34-56-78-90-A0")]
    [InlineData("00-DB-12-34-56-78-90-A1")]
    public void Authorise_WhenReadFirmwareOnSuspendedMeterAfterMp105_ReturnsI99(string meter)
    {
        var (system, device) = Suspended(Scenario.WithMp105, Eui64.Parse(meter));
        system.Authorise(Scenario.ReadFirmware(device)).ShouldBe(ResponseCode.I99);
    }

    [Fact]
    public void Authorise_WhenReadFirmwareOnSuspendedCommsHubAfterMp105_ReturnsE5BecauseOutsideMp105Scope()
    {
        var (system, chf) = Suspended(Scenario.WithMp105, Scenario.Chf);
        system.Authorise(Scenario.ReadFirmware(chf)).ShouldBe(ResponseCode.E5);
    }
}
