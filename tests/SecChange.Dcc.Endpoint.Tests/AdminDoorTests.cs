using System.Net;
using System.Text;
using System.Text.Json;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>The admin endpoints take the API key and JSON or CSV only; the DUIS endpoint stays open to signed requests.</summary>
public class AdminDoorTests
{
    public static TheoryData<string, string> AdminCalls => new()
    {
        { "POST", "/api/v1/dcc/inventory" },
        { "POST", "/api/v1/dcc/cpl/remove-firmware" },
        { "GET", $"/api/v1/dcc/devices/{DuisHost.Esme}" },
        { "GET", "/api/v1/dcc/statistics" },
    };

    private static HttpRequestMessage Call(string method, string path, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"firmwareVersion":"1.0"}""", Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    [Theory]
    [MemberData(nameof(AdminCalls))]
    public async Task Admin_WhenKeyMissingOrWrong_Returns401ProblemAndChangesNothing(string method, string path)
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        using var anonymous = host.CreateAnonymousClient();

        foreach (var key in new string?[] { null, "wrong-key", "" })
        {
            using var response = await anonymous.SendAsync(Call(method, path, key));

            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            response.Headers.WwwAuthenticate.ToString().ShouldContain("X-Api-Key");
        }

        (await host.DeviceAsync(DuisHost.Esme)).GetProperty("status").GetString().ShouldBe("Commissioned");
        (await host.Gateway.Dsp.OverviewAsync()).Devices.ShouldBe(3);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "firmwareVersion=1.0")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    [InlineData("text/plain", "{\"firmwareVersion\":\"1.0\"}")]
    public async Task Admin_WhenBodyIsAFormOrPlainText_IsRefusedWithOrWithoutTheKey(string contentType, string body)
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        using var anonymous = host.CreateAnonymousClient();

        foreach (var (client, expected) in new[] { (anonymous, HttpStatusCode.Unauthorized), (host.Client, HttpStatusCode.UnsupportedMediaType) })
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dcc/cpl/remove-firmware") { Content = content };
            request.Headers.Add("Origin", "https://elsewhere.example");
            using var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(expected);
        }

        (await host.DeviceAsync(DuisHost.Esme)).GetProperty("status").GetString().ShouldBe("Commissioned");
    }

    [Fact]
    public async Task Admin_WhenAnotherSiteAsksForCors_GetsNoPermission()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        using var anonymous = host.CreateAnonymousClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/dcc/inventory");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key, content-type");

        using var response = await anonymous.SendAsync(preflight);

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        response.Headers.Contains("Access-Control-Allow-Headers").ShouldBeFalse();
    }

    [Fact]
    public async Task ServiceRequest_WithoutTheAdminKey_IsAnsweredWhenSigned()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        using var anonymous = host.CreateAnonymousClient();
        using var content = new StringContent(host.Sign(Templates.ReadFirmwareEsme), Encoding.UTF8, "application/xml");

        using var response = await anonymous.PostAsync("/api/v1/serviceS", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<sr:ResponseCode>I99</sr:ResponseCode>");
    }

    [Fact]
    public async Task Start_WhenNoKeyConfigured_GeneratesOneAndLogsIt()
    {
        var logs = new ListLoggerProvider();
        await using var host = await DuisHost.StartAsync("MP105", logs: logs, adminKey: null);
        using var anonymous = host.CreateAnonymousClient();
        (await anonymous.GetAsync("/api/v1/dcc/statistics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var line = logs.Entries.Single(e => e.Message.Contains("No Duis:AdminApiKey", StringComparison.Ordinal)).Message;
        var key = line[(line.LastIndexOf(' ') + 1)..];
        key.Length.ShouldBeGreaterThanOrEqualTo(32);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dcc/statistics");
        request.Headers.Add("X-Api-Key", key);
        using var response = await anonymous.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("devices").GetInt32().ShouldBe(0);
    }
}
