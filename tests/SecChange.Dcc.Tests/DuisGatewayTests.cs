using System.Xml.Linq;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Tests;

/// <summary>Real reference messages sent through DUIS XML at Devices in each SMI status.</summary>
public class DuisGatewayTests
{
    private static readonly XNamespace Sr = DuisNamespaces.ServiceUserGateway;

    private static DuisGateway Gateway(Rules.RuleSet rules, SmiStatus esmeStatus, SmetsGeneration generation = SmetsGeneration.Smets2)
    {
        var system = Scenario.Build(rules, generation);
        if (esmeStatus == SmiStatus.Suspended)
        {
            system.Inventory.Suspend(system.Row(Scenario.Esme), Scenario.Start, "test");
        }
        else if (esmeStatus != SmiStatus.Commissioned)
        {
            system.Inventory.SetStatus(system.Row(Scenario.Esme), esmeStatus, Scenario.Start, "test");
        }

        return new DuisGateway(system, new FixedClock(Scenario.Start));
    }

    // Expected synchronous codes: template x ESME status, under the baseline and with MP105.
    [Theory]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Commissioned, "I99", "I99")]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Suspended, "E5", "I99")]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Decommissioned, "E5", "E5")]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.InstalledNotCommissioned, "I99", "I99")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Commissioned, "I99", "I99")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Suspended, "I99", "I99")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Withdrawn, "E5", "E5")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.Commissioned, "I99", "I99")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.Suspended, "I99", "I99")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.Decommissioned, "E5", "E5")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Commissioned, "I99", "I99")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Suspended, "I99", "I99")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Commissioned, "I99", "I99")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Suspended, "E5", "E5")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Pending, "E5", "E5")]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Pending, "E5", "E5")]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Whitelisted, "I99", "I99")]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Withdrawn, "E5", "E5")]
    [InlineData("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Recovered, "I99", "I99")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Pending, "E5", "E5")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Whitelisted, "I99", "I99")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.InstalledNotCommissioned, "I99", "I99")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Decommissioned, "E5", "E5")]
    [InlineData("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Recovered, "I99", "I99")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.Pending, "E5", "E5")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.Whitelisted, "I99", "I99")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.InstalledNotCommissioned, "I99", "I99")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.Withdrawn, "E5", "E5")]
    [InlineData("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML", SmiStatus.Recovered, "I99", "I99")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Pending, "E5", "E5")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Whitelisted, "I99", "I99")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.InstalledNotCommissioned, "I99", "I99")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Decommissioned, "E5", "E5")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Withdrawn, "E5", "E5")]
    [InlineData("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Recovered, "I99", "I99")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Whitelisted, "I99", "I99")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.InstalledNotCommissioned, "I99", "I99")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Decommissioned, "E5", "E5")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Withdrawn, "E5", "E5")]
    [InlineData("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML", SmiStatus.Recovered, "I99", "I99")]
    public void Process_WhenTemplateSentAtEsmeInStatus_AnswersExpectedCode(string template, SmiStatus status, string before, string after)
    {
        var xml = ReferenceMessages.Read(template);
        foreach (var (ruleSet, expected) in new[] { (Scenario.BeforeMp105, before), (Scenario.WithMp105, after) })
        {
            var exchange = Gateway(ruleSet, status).Process(xml);

            exchange.ParseError.ShouldBe(DuisParseError.None);
            exchange.Code!.Value.Text().ShouldBe(expected, $"{template} at a {status} ESME under {ruleSet.Id}");
            var doc = XDocument.Parse(exchange.ResponseXml!);
            doc.Root!.Name.ShouldBe(Sr + "Response");
            doc.Root.Element(Sr + "Header")!.Element(Sr + "ResponseCode")!.Value.ShouldBe(expected);
            if (expected != "I99")
            {
                exchange.Outbound.ShouldBeEmpty();
            }
        }
    }

    [Fact]
    public void Process_WhenTopUpVariant2AtSuspendedSmets1_IsAccepted()
    {
        var xml = ReferenceMessages.Read("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML").Replace("<sr:CommandVariant>1<", "<sr:CommandVariant>2<", StringComparison.Ordinal);
        Gateway(Scenario.BeforeMp105, SmiStatus.Suspended, SmetsGeneration.Smets1).Process(xml).Code.ShouldBe(ResponseCode.I99);
        Gateway(Scenario.BeforeMp105, SmiStatus.Suspended, SmetsGeneration.Smets2).Process(xml).Code.ShouldBe(ResponseCode.E5);
    }

    [Fact]
    public void Process_WhenGsmeReadFirmwareTemplateAtSuspendedGsme_RestoresAfterMp105()
    {
        var gateway = Gateway(Scenario.WithMp105, SmiStatus.Commissioned);
        var system = gateway.SingleSystem();
        system.RemoveFirmwareFromCpl(Scenario.GsmeModel, Scenario.Old);
        system.Devices.SetRunningFirmware(system.Row(Scenario.Gsme), Scenario.New);

        var exchange = gateway.Process(ReferenceMessages.Read("GCS38_11.2_SUCCESS_REQUEST_DUIS.XML"));

        exchange.Code.ShouldBe(ResponseCode.I99);
        system.StatusOf(Scenario.Gsme).ShouldBe(SmiStatus.Commissioned);
        exchange.Outbound.Select(o => o.Code).ShouldBe(["N29", "N29", "I0"], ignoreOrder: true);
        var alert = XDocument.Parse(exchange.Outbound.First(o => o.Kind == "alert").Xml);
        alert.Root!.Element(Sr + "Body")!.Element(Sr + "DCCAlertMessage")!.Element(Sr + "DCCAlertCode")!.Value.ShouldBe("N29");
    }

    [Fact]
    public void Process_WhenAccepted_AsyncResponseCarriesReadableFirmwarePayload()
    {
        var exchange = Gateway(Scenario.WithMp105, SmiStatus.Commissioned).Process(ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML"));

        var response = XDocument.Parse(exchange.Outbound.ShouldHaveSingleItem().Xml);
        var header = response.Root!.Element(Sr + "Header")!;
        header.Element(Sr + "RequestID")!.Value.ShouldBe("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000");
        header.Element(Sr + "ResponseID")!.Value.ShouldBe("00-DB-12-34-56-78-90-A0:90-B3-D5-1F-30-01-00-00:1000");
        header.Element(Sr + "ResponseCode")!.Value.ShouldBe("I0");
        header.Element(Sr + "ResponseDateTime")!.Value.ShouldBe("2021-11-04T09:00:00.000Z");
        var payload = response.Descendants(Sr + "GBCSPayload").Single().Value;
        SimulatedPayload.Decode(payload)["FW"].ShouldBe(Scenario.Old);
    }

    [Fact]
    public void Process_WhenMalformed_ReturnsParseErrorAndLeavesInventoryUnchanged()
    {
        var gateway = Gateway(Scenario.WithMp105, SmiStatus.Suspended);
        var before = Snapshot(gateway);

        var exchange = gateway.Process("<sr:Request xmlns:sr='" + DuisNamespaces.ServiceUserGateway + "'><sr:Header>");

        exchange.ParseError.ShouldBe(DuisParseError.MalformedXml);
        exchange.ResponseXml.ShouldBeNull();
        Snapshot(gateway).ShouldBe(before);
    }

    [Fact]
    public void Process_WhenUnknownVariant_AnswersE13AsDuis()
    {
        var xml = ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML")
            .Replace("<sr:ServiceReferenceVariant>11.2<", "<sr:ServiceReferenceVariant>99.9<", StringComparison.Ordinal);
        var exchange = Gateway(Scenario.WithMp105, SmiStatus.Commissioned).Process(xml);
        exchange.Code.ShouldBe(ResponseCode.E13);
        XDocument.Parse(exchange.ResponseXml!).Descendants(Sr + "ServiceReferenceVariant").Single().Value.ShouldBe("99.9");
    }

    [Fact]
    public void Process_WhenUnknownDevice_AnswersE19AndChangesNothing()
    {
        var gateway = Gateway(Scenario.WithMp105, SmiStatus.Commissioned);
        var before = Snapshot(gateway);
        var xml = ReferenceMessages.Read("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML").Replace("00-DB-12-34-56-78-90-A0", "00-DB-00-00-00-00-00-01", StringComparison.Ordinal);

        gateway.Process(xml).Code.ShouldBe(ResponseCode.E19);
        Snapshot(gateway).ShouldBe(before);
    }

    [Fact]
    public void Process_WhenManyThreadsSendAtOnce_CountsEveryRequest()
    {
        var gateway = Gateway(Scenario.WithMp105, SmiStatus.Commissioned);
        var xml = ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");
        Parallel.For(0, 400, _ => gateway.Process(xml).Code.ShouldBe(ResponseCode.I99));
        gateway.SingleSystem().Statistics.Requests.ShouldBe(400);
    }

    private static string Snapshot(DuisGateway gateway) =>
        string.Join("|", gateway.SingleSystem().Inventory.All().Select(d => $"{d.Id}:{d.Status}:{d.FirmwareVersion}:{d.StatusSince}"));
}
