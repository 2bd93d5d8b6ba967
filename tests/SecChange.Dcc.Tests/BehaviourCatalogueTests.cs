using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Tests;

/// <summary>Modifications' DCC behaviour as data keyed by register reference, composed into rule sets.</summary>
public class BehaviourCatalogueTests
{
    [Fact]
    public void Default_WhenLoaded_KeysEverySeedModificationWithDspBehaviourByReference()
    {
        var catalogue = BehaviourCatalogue.Default;

        catalogue.References.ShouldBe(["MP105", "SECMP0007", "MP078"], ignoreOrder: true);
        catalogue.TryGet("mp105", out var mp105).ShouldBeTrue();
        mp105.DeviceTypes.ShouldBe(DeviceTypeSet.Of(DeviceType.ESME, DeviceType.GSME));
        mp105.Behaviours.ShouldBe(Behaviour.FirmwareReadAlignsInventory | Behaviour.ActivationRetryAlignsInventory);
        catalogue.TryGet("SECMP0007", out var secmp0007).ShouldBeTrue();
        secmp0007.ExtendsServiceReferences.ShouldBe(["11.2"]);
        catalogue.TryGet("MP078", out var mp078).ShouldBeTrue();
        mp078.Behaviours.ShouldBe(Behaviour.GbcsVersionBehaviours);
    }

    [Fact]
    public void Compose_WhenGivenReferences_IncludesOnlyThoseOnTopOfTheBaseline()
    {
        var rules = BehaviourCatalogue.Default.Compose(["MP105", "MP080"], "With release 2021-11");

        rules.Modifications.Select(m => m.Reference).ShouldBe(["MP105"]);
        rules.Id.ShouldBe("MP105");
        rules.ToString().ShouldBe("With release 2021-11 (MP105)");
        rules.SuspendedExceptions.Count.ShouldBe(BehaviourCatalogue.Default.Baseline.SuspendedExceptions.Count + 1);
        BehaviourCatalogue.Default.Baseline.Id.ShouldBe(RuleSet.BaselineId);
    }

    [Fact]
    public void ComposeExactly_WhenReferenceHasNoBehaviour_ThrowsNamingIt()
    {
        Should.Throw<KeyNotFoundException>(() => BehaviourCatalogue.Default.ComposeExactly(["MP105", "MP080"]))
            .Message.ShouldStartWith("MP080 carries no DCC System behaviour");
    }

    [Theory]
    [InlineData("""{ "baseline": { "statusPolicy": {} }, "modifications": [ { "reference": "MP105", "summary": "x", "behaviours": ["Teleport"] } ] }""", "Teleport")]
    [InlineData("""{ "baseline": { "statusPolicy": {} }, "modifications": [ { "reference": "MP105", "summary": "x", "deviceTypes": ["TOASTER"] } ] }""", "TOASTER")]
    [InlineData("""{ "baseline": { "statusPolicy": {} }, "modifications": [ { "reference": "MP105", "summary": "x" }, { "reference": "mp105", "summary": "y" } ] }""", "twice")]
    [InlineData("""{ "baseline": { "statusPolicy": {} } }""", "modifications")]
    [InlineData("""{ nope""", "not readable")]
    public void Load_WhenFileIsBad_ThrowsFormatExceptionSayingWhy(string json, string why)
    {
        Should.Throw<FormatException>(() => BehaviourCatalogue.Load(json)).Message.ShouldContain(why);
    }

    [Theory]
    [InlineData("", DeviceType.PPMID, ResponseCode.E11)]
    [InlineData("MP105", DeviceType.PPMID, ResponseCode.E11)]
    [InlineData("SECMP0007", DeviceType.PPMID, ResponseCode.I99)]
    [InlineData("SECMP0007", DeviceType.CHF, ResponseCode.I99)]
    public void ReadFirmware_ToCommissionedDevice_IsForItsTypeOnlyOnceSecmp0007ExtendsIt(string modifications, DeviceType type, ResponseCode expected)
    {
        var system = Scenario.Build(Scenario.With(modifications));
        var device = type == DeviceType.PPMID ? Scenario.Ppmid : Scenario.Chf;

        system.Authorise(Scenario.ReadFirmware(device)).ShouldBe(expected);
    }

    [Fact]
    public void ReadFirmware_ToSuspendedPpmidWithSecmp0007AndMp105_IsStillE5BecauseMp105CoversOnlyEsmeAndGsme()
    {
        // Seed 004: "The solution could also be applied to PPMIDs and HCALCSs, but a separate modification is needed".
        var system = Scenario.Build(Scenario.With("MP105,SECMP0007"));
        system.Inventory.SetStatus(system.Row(Scenario.Ppmid), SmiStatus.Suspended, Scenario.Start, "test");

        system.Authorise(Scenario.ReadFirmware(Scenario.Ppmid)).ShouldBe(ResponseCode.E5);
        system.Authorise(Scenario.ReadFirmware(Scenario.Ihd)).ShouldBe(ResponseCode.E11);
    }
}
