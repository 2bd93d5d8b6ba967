using System.Net;
using System.Text.Json;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>Bad input gets a DUIS error response or a clear ProblemDetails, never a crash, and changes nothing.</summary>
public class BadInputTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Problem)> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    private static async Task<string> StateAsync(DuisHost host)
    {
        var esme = await host.DeviceAsync(DuisHost.Esme);
        return $"{esme.GetProperty("status")}|{esme.GetProperty("firmwareVersion")}|{esme.GetProperty("history").GetArrayLength()}";
    }

    [Theory]
    [InlineData("<sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\"><sr:Header>", "MalformedXml")]
    [InlineData("{\"json\": true}", "MalformedXml")]
    [InlineData("<sr:Request xmlns:sr=\"urn:wrong\"/>", "WrongNamespace")]
    [InlineData("<sr:Response xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\"/>", "NotARequest")]
    public async Task Post_WhenNotADuisRequest_Returns400ProblemAndChangesNothing(string xml, string code)
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        var before = await StateAsync(host);

        using var response = await host.PostAsync(xml);

        var (status, problem) = await ProblemAsync(response);
        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        (await StateAsync(host)).ShouldBe(before);
    }

    [Fact]
    public async Task Post_WhenRequestIdHasBadEui64_Returns400Problem()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        var xml = Templates.ReadFirmwareEsme.Replace("00-DB-12-34-56-78-90-A0", "00-DB-12-34-56-78-90-XX", StringComparison.Ordinal);
        using var response = await host.PostAsync(xml);
        var (status, problem) = await ProblemAsync(response);
        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("BadRequestId");
    }

    [Fact]
    public async Task Post_WhenContentTypeNotXml_Returns415Problem()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        using var response = await host.PostAsync(Templates.ReadFirmwareEsme, "application/json");
        (await ProblemAsync(response)).Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_WhenBodyOversize_Returns413Problem()
    {
        await using var host = await DuisHost.StartAsync("MP105", maxRequestBytes: 2048);
        await host.LoadDevicesAsync();
        var before = await StateAsync(host);
        using var response = await host.PostAsync(Templates.UpdateFirmware(DuisHost.Esme));
        (await ProblemAsync(response)).Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await StateAsync(host)).ShouldBe(before);
    }

    [Theory]
    [InlineData("<sr:ServiceReferenceVariant>11.2<", "<sr:ServiceReferenceVariant>77.7<", "E13")]
    [InlineData("<sr:ServiceReference>11.2<", "<sr:ServiceReference>4.1<", "E13")]
    [InlineData("<sr:CommandVariant>1<", "<sr:CommandVariant>8<", "E12")]
    [InlineData("00-DB-12-34-56-78-90-A0:1000", "00-DB-12-34-56-78-90-FF:1000", "E19")]
    [InlineData("90-B3-D5-1F-30-01-00-00:", "90-B3-D5-1F-30-09-00-00:", "E1")]
    public async Task Post_WhenDuisValidationFails_ReturnsDuisErrorAndSendsNothing(string find, string replace, string expected)
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        var before = await StateAsync(host);

        var (code, xml) = await host.SendAsync(Templates.ReadFirmwareEsme.Replace(find, replace, StringComparison.Ordinal));

        code.ShouldBe(expected);
        xml.ShouldContain("<sr:Response");
        // Asynchronous messages are queued before the synchronous answer returns, so nothing queued
        // (and nothing dropped) now means nothing will ever be sent for this request.
        host.Delivery.Queued.ShouldBe(0);
        host.Delivery.Dropped.ShouldBe(0);
        (await StateAsync(host)).ShouldBe(before);
    }

    [Fact]
    public async Task GetDevice_WhenIdMalformedOrUnknown_Returns400Or404Problem()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        using var bad = await host.Client.GetAsync("/api/v1/dcc/devices/not-an-eui");
        (await ProblemAsync(bad)).Status.ShouldBe(HttpStatusCode.BadRequest);
        using var unknown = await host.Client.GetAsync("/api/v1/dcc/devices/00-00-00-00-00-00-00-01");
        (await ProblemAsync(unknown)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RemoveFirmware_WhenVersionNotOnCpl_Returns404Problem()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        using var response = await host.Client.PostAsync("/api/v1/dcc/cpl/remove-firmware",
            new StringContent("{\"firmwareVersion\":\"9.9\"}", System.Text.Encoding.UTF8, "application/json"));
        (await ProblemAsync(response)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await host.DeviceAsync(DuisHost.Esme)).GetProperty("status").GetString().ShouldBe("Commissioned");
    }

    [Fact]
    public async Task LoadInventory_WhenFileBadOrDuplicate_ReturnsProblemAndKeepsInventory()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        using var bad = await host.Client.PostAsync("/api/v1/dcc/inventory", new StringContent("[{\"id\":\"nope\",\"type\":\"ESME\"}]", System.Text.Encoding.UTF8, "application/json"));
        (await ProblemAsync(bad)).Status.ShouldBe(HttpStatusCode.BadRequest);
        using var duplicate = await host.Client.PostAsync("/api/v1/dcc/inventory",
            new StringContent($"[{{\"id\":\"{DuisHost.Esme}\",\"type\":\"ESME\",\"model\":\"M\",\"firmware\":\"1\"}}]", System.Text.Encoding.UTF8, "application/json"));
        (await ProblemAsync(duplicate)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await host.Gateway.Dsp.OverviewAsync()).Devices.ShouldBe(3);
    }
}
