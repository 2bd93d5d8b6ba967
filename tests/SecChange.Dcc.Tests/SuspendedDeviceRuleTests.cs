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

    public static TheoryData<string> RuleSets => new() { "before-mp105", "nov-2021" };

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Authorise_WhenSuspendedAndCritical_ReturnsI99(string ruleSet)
    {
        var (system, esme) = Suspended(RuleSetCatalogue.Default.Get(ruleSet), Scenario.Esme);
        system.Authorise(Scenario.Activate(esme)).ShouldBe(ResponseCode.I99);
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Authorise_WhenSuspendedAndOnBaselineExceptionList_ReturnsI99(string ruleSet)
    {
        var (system, esme) = Suspended(RuleSetCatalogue.Default.Get(ruleSet), Scenario.Esme);
        system.Authorise(Scenario.UpdateFirmware("2.0", esme)).ShouldBe(ResponseCode.I99);
        system.Authorise(ServiceRequest.ToDevice(Scenario.Supplier, esme, 1, 1, "6.23")).ShouldBe(ResponseCode.I99);
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Authorise_WhenSuspendedAndOtherNonCritical_ReturnsE5(string ruleSet)
    {
        var (system, esme) = Suspended(RuleSetCatalogue.Default.Get(ruleSet), Scenario.Esme);
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
        var (system, device) = Suspended(Scenario.Nov2021, Eui64.Parse(meter));
        system.Authorise(Scenario.ReadFirmware(device)).ShouldBe(ResponseCode.I99);
    }

    [Fact]
    public void Authorise_WhenReadFirmwareOnSuspendedCommsHubAfterMp105_ReturnsE5BecauseOutsideMp105Scope()
    {
        var (system, chf) = Suspended(Scenario.Nov2021, Scenario.Chf);
        system.Authorise(Scenario.ReadFirmware(chf)).ShouldBe(ResponseCode.E5);
    }

    [Fact]
    public void RuleSets_WhenLoaded_NameTheModificationsTheyInclude()
    {
        Scenario.BeforeMp105.Modifications.ShouldBeEmpty();
        Scenario.Nov2021.Includes("MP105").ShouldBeTrue();
        Scenario.Nov2021.Name.ShouldBe("November 2021 SEC Release");
        Scenario.Nov2021.Modifications[0].Release.ShouldBe("November 2021 SEC Release");
    }

    [Fact]
    public void RuleSetCatalogue_WhenRuleSetNamesUndefinedModification_FailsToLoad()
    {
        const string json = """
            { "baseline": { "statusPolicy": {}, "suspendedExceptions": [] }, "modifications": [],
              "ruleSets": [ { "id": "x", "name": "X", "modifications": ["MP999"] } ] }
            """;
        Should.Throw<FormatException>(() => RuleSetCatalogue.Load(json)).Message.ShouldContain("MP999");
    }

    [Fact]
    public void RuleSetCatalogue_WhenIdUnknown_ThrowsListingKnownIds()
    {
        Should.Throw<KeyNotFoundException>(() => RuleSetCatalogue.Default.Get("nov-2099")).Message.ShouldContain("before-mp105");
    }
}
