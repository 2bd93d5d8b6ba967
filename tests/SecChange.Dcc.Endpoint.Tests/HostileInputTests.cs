using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>Input shaped to hurt the endpoint is refused cheaply and clearly, and changes nothing.</summary>
public class HostileInputTests
{
    private static async Task<(HttpStatusCode Status, string Code, string Detail, int Length)> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        return (response.StatusCode, problem.GetProperty("code").GetString()!, problem.GetProperty("detail").GetString()!, text.Length);
    }

    /// <summary>A 4 MB start tag: the read-firmware request with its root carrying 200,000 attributes.</summary>
    private static string AttributeFlood()
    {
        var attributes = new StringBuilder(4_000_000);
        for (var i = 0; attributes.Length < 3_900_000; i++)
        {
            attributes.Append(" a").Append(i).Append("=\"x\"");
        }

        return Templates.ReadFirmwareEsme.Replace(" schemaVersion=\"5.4\"", attributes + " schemaVersion=\"5.4\"", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhenAnElementHasAnAttributeFlood_Returns400TooManyAttributes()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        var flood = AttributeFlood();
        flood.Length.ShouldBeGreaterThan(3_900_000);

        using var response = await host.PostAsync(flood);

        var (status, code, _, length) = await ProblemAsync(response);
        status.ShouldBe(HttpStatusCode.BadRequest);
        code.ShouldBe("TooManyAttributes");
        length.ShouldBeLessThan(1000);
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(0);
    }

    [Theory]
    [InlineData("RequestID", "BadRequestId")]
    [InlineData("CommandVariant", "BadCommandVariant")]
    [InlineData("DeviceIDList", "BadDeviceId")]
    public async Task Problem_WhenAFieldHoldsMegabytes_QuotesOnlyAShortExcerpt(string field, string expectedCode)
    {
        await using var host = await DuisHost.StartAsync("MP105");
        var huge = new string('Z', 3_000_000);
        var xml = Templates.UpdateFirmware(DuisHost.Esme);
        var start = xml.IndexOf($"<sr:{field}>", StringComparison.Ordinal) + field.Length + 5;
        var end = xml.IndexOf($"</sr:{field}>", StringComparison.Ordinal);
        xml = xml[..start] + huge + xml[end..];

        using var response = await host.PostAsync(xml);

        var (status, code, detail, length) = await ProblemAsync(response);
        status.ShouldBe(HttpStatusCode.BadRequest);
        code.ShouldBe(expectedCode);
        detail.Length.ShouldBeLessThanOrEqualTo(400);
        length.ShouldBeLessThan(1000);
    }

    [Theory]
    [InlineData("slow", HttpStatusCode.RequestTimeout, "body-timeout")]
    [InlineData("cut", HttpStatusCode.BadRequest, "body-incomplete")]
    public async Task Post_WhenBodyTooSlowOrCutOff_ReturnsProblemAndLogsNoError(string failure, HttpStatusCode expected, string expectedCode)
    {
        var logs = new ListLoggerProvider();
        await using var host = await DuisHost.StartAsync("MP105", logs: logs);
        await host.LoadDevicesAsync();

        foreach (var (path, type, body) in new[] { ("/api/v1/serviceS", "application/xml", host.Sign(Templates.ReadFirmwareEsme)), ("/api/v1/dcc/inventory", "application/json", "{\"devices\": []}") })
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
            request.Headers.Add(FailingBodyFilter.Header, failure);

            using var response = await host.Client.SendAsync(request);

            var (status, code, _, _) = await ProblemAsync(response);
            status.ShouldBe(expected);
            code.ShouldBe(expectedCode);
        }

        logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Error);
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(0);
    }

    [Fact]
    public async Task Post_WhenBodyDoesNotMatchItsVariant_Returns400()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        // An SR 11.2 header over an SR 11.1 Body: the firmware image would ride in on a read request.
        var xml = Templates.ReadFirmwareEsme.Replace("<sr:ReadFirmwareVersion/>", "<sr:UpdateFirmware><sr:FirmwareVersion>9.9</sr:FirmwareVersion></sr:UpdateFirmware>", StringComparison.Ordinal);

        using var response = await host.PostAsync(host.Sign(xml));

        var (status, code, detail, _) = await ProblemAsync(response);
        status.ShouldBe(HttpStatusCode.BadRequest);
        code.ShouldBe("BodyDoesNotMatchVariant");
        detail.ShouldContain("ReadFirmwareVersion");
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(0);
    }

    [Fact]
    public async Task Post_WhenHeaderHasTwoRequestIds_Returns400()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        var second = $"<sr:RequestID>{DuisHost.Distributor}:{DuisHost.Esme}:5000</sr:RequestID>";
        var xml = host.Sign(Templates.ReadFirmwareEsme).Replace("<sr:CommandVariant>", second + "<sr:CommandVariant>", StringComparison.Ordinal);

        using var response = await host.PostAsync(xml);

        var (status, code, _, _) = await ProblemAsync(response);
        status.ShouldBe(HttpStatusCode.BadRequest);
        code.ShouldBe("DuplicateHeaderField");
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(0);
    }

    [Fact]
    public async Task Post_WhenUpdateFirmwareListsADeviceTwice_Returns400AndDistributesNothing()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        var xml = Templates.UpdateFirmware($"{DuisHost.Esme} {DuisHost.Gsme} {DuisHost.Esme}");

        using var response = await host.PostAsync(host.Sign(xml));

        var (status, code, detail, _) = await ProblemAsync(response);
        status.ShouldBe(HttpStatusCode.BadRequest);
        code.ShouldBe("DuplicateDeviceId");
        detail.ShouldContain(DuisHost.Esme);
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(0);
    }
}
