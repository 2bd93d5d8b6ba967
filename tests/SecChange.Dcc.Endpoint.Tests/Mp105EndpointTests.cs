using System.Xml.Linq;
using SecChange.Dcc.Duis;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>Seed 004's scenarios end to end through the DUIS endpoint, with a real receiver.</summary>
public class Mp105EndpointTests
{
    private static readonly XNamespace Sr = DuisHost.Sr;

    /// <summary>Old firmware removed from the CPL, new firmware distributed and activated, activation response lost.</summary>
    private static async Task<DuisHost> SuspendedWithLostActivationAsync(string ruleSet, string meter, int smets = 2)
    {
        var host = await DuisHost.StartAsync(ruleSet);
        await host.LoadDevicesAsync(smets);
        await host.RemoveFirmwareAsync(DuisHost.Old);
        (await host.DeviceAsync(meter)).GetProperty("status").GetString().ShouldBe("Suspended");
        (await host.SendAsync(Templates.UpdateFirmware(meter))).Code.ShouldBe("I99");
        host.OnDevice(meter, (system, _) => system.Devices.LoseNextResponses(1));

        (await host.SendAsync(Templates.Activate(meter, 2000))).Code.ShouldBe("I99");
        await host.Receiver.WaitForAsync(1); // the SR 11.1 response only
        var device = await host.DeviceAsync(meter);
        device.GetProperty("status").GetString().ShouldBe("Suspended");
        device.GetProperty("runningFirmware").GetString().ShouldBe(DuisHost.New);
        return host;
    }

    [Theory]
    [InlineData(DuisHost.Esme)]
    [InlineData(DuisHost.Gsme)]
    public async Task RetriedActivation_BeforeMp105_LeavesMeterSuspendedAndReadFirmwareGetsE5(string meter)
    {
        await using var host = await SuspendedWithLostActivationAsync("", meter);

        (await host.SendAsync(Templates.Activate(meter, 2001))).Code.ShouldBe("I99");
        var messages = await host.Receiver.WaitForAsync(2);

        messages.ShouldNotContain(m => m.Kind == "alert");
        (await host.DeviceAsync(meter)).GetProperty("status").GetString().ShouldBe("Suspended");
        var read = meter == DuisHost.Esme ? Templates.ReadFirmwareEsme : Templates.ReadFirmwareGsme;
        (await host.SendAsync(read)).Code.ShouldBe("E5");
    }

    [Theory]
    [InlineData(DuisHost.Esme, DuisHost.Distributor)]
    [InlineData(DuisHost.Gsme, DuisHost.Transporter)]
    public async Task RetriedActivation_AfterMp105_RestoresMeterAndDeliversN29ToSupplierAndNetworkOperator(string meter, string network)
    {
        await using var host = await SuspendedWithLostActivationAsync("MP105", meter);

        (await host.SendAsync(Templates.Activate(meter, 2001))).Code.ShouldBe("I99");
        var messages = await host.Receiver.WaitForAsync(4);

        var alerts = messages.Where(m => m.Kind == "alert").ToList();
        alerts.Select(a => a.Recipient).ShouldBe([DuisHost.Supplier, network], ignoreOrder: true);
        foreach (var alert in alerts)
        {
            var doc = XDocument.Parse(alert.Xml);
            doc.Descendants(Sr + "DCCAlertCode").Single().Value.ShouldBe("N29");
            doc.Root!.Element(Sr + "Header")!.Element(Sr + "ResponseID")!.Value.ShouldStartWith("90-B3-D5-1F-30-00-00-02:" + alert.Recipient);
        }

        var device = await host.DeviceAsync(meter);
        device.GetProperty("status").GetString().ShouldBe("Commissioned");
        device.GetProperty("firmwareVersion").GetString().ShouldBe(DuisHost.New);
        device.GetProperty("history").GetArrayLength().ShouldBe(3);

        using var stats = System.Text.Json.JsonDocument.Parse(await host.Client.GetStringAsync("/api/v1/dcc/statistics"));
        stats.RootElement.GetProperty("ruleSet").GetString().ShouldBe("MP105");
        stats.RootElement.GetProperty("alertsN29").GetInt64().ShouldBe(2);
        stats.RootElement.GetProperty("devicesRestored").GetInt64().ShouldBe(1);
        stats.RootElement.GetProperty("responsesLost").GetInt64().ShouldBe(1);
    }

    [Theory]
    [InlineData(DuisHost.Esme)]
    [InlineData(DuisHost.Gsme)]
    public async Task ReadFirmware_AfterMp105OnSuspendedMeter_IsAcceptedAndRestoresIt(string meter)
    {
        await using var host = await SuspendedWithLostActivationAsync("MP105", meter);
        var read = meter == DuisHost.Esme ? Templates.ReadFirmwareEsme : Templates.ReadFirmwareGsme;

        (await host.SendAsync(read)).Code.ShouldBe("I99");
        var messages = await host.Receiver.WaitForAsync(4);

        messages.Count(m => m.Kind == "alert").ShouldBe(2);
        var response = messages.Single(m => m.Kind == "response" && m.Xml.Contains("<sr:ServiceReference>11.2<", StringComparison.Ordinal));
        SimulatedPayload.Decode(XDocument.Parse(response.Xml).Descendants(Sr + "GBCSPayload").Single().Value)["FW"].ShouldBe(DuisHost.New);
        (await host.DeviceAsync(meter)).GetProperty("status").GetString().ShouldBe("Commissioned");
    }

    [Theory]
    [InlineData("")]
    [InlineData("MP105")]
    public async Task ReadFirmwareThroughGpf_WhenGsmeMismatched_DeliversN52AndChangesNothing(string ruleSet)
    {
        await using var host = await SuspendedWithLostActivationAsync(ruleSet, DuisHost.Gsme);

        (await host.SendAsync(Templates.ReadFirmwareGpf)).Code.ShouldBe("I99");
        var messages = await host.Receiver.WaitForAsync(3);

        var alert = messages.Single(m => m.Kind == "alert");
        alert.Recipient.ShouldBe(DuisHost.Supplier);
        XDocument.Parse(alert.Xml).Descendants(Sr + "DCCAlertCode").Single().Value.ShouldBe("N52");
        var gsme = await host.DeviceAsync(DuisHost.Gsme);
        gsme.GetProperty("status").GetString().ShouldBe("Suspended");
        gsme.GetProperty("firmwareVersion").GetString().ShouldBe(DuisHost.Old);
    }

    [Fact]
    public async Task RetriedActivation_AfterMp105OnSmets1WithoutVersion_StaysSuspendedUntilReadFirmware()
    {
        await using var host = await SuspendedWithLostActivationAsync("MP105", DuisHost.Esme, smets: 1);

        (await host.SendAsync(Templates.Activate(DuisHost.Esme, 2001))).Code.ShouldBe("I99");
        var messages = await host.Receiver.WaitForAsync(2);
        var activation = messages.Last(m => m.Xml.Contains("<sr:ServiceReference>11.3<", StringComparison.Ordinal));
        SimulatedPayload.Decode(XDocument.Parse(activation.Xml).Descendants(Sr + "GBCSPayload").Single().Value).ContainsKey("FW").ShouldBeFalse();
        (await host.DeviceAsync(DuisHost.Esme)).GetProperty("status").GetString().ShouldBe("Suspended");

        (await host.SendAsync(Templates.ReadFirmwareEsme)).Code.ShouldBe("I99");
        await host.Receiver.WaitForAsync(5);
        (await host.DeviceAsync(DuisHost.Esme)).GetProperty("status").GetString().ShouldBe("Commissioned");
    }
}
