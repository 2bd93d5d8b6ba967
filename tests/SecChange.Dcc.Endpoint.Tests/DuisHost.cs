using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>The DUIS endpoint in memory, wired to a real receiver, with helpers to drive it.</summary>
public sealed class DuisHost : IAsyncDisposable
{
    public static readonly XNamespace Sr = DuisNamespaces.ServiceUserGateway;

    public const string Esme = "00-DB-12-34-56-78-90-A0";
    public const string Gsme = "00-DB-12-34-56-78-90-A1";
    public const string Gpf = "00-DB-12-34-56-78-90-A2";
    public const string Supplier = "90-B3-D5-1F-30-01-00-00";
    public const string Distributor = "90-B3-D5-1F-30-02-00-00";
    public const string Transporter = "90-B3-D5-1F-30-03-00-00";

    /// <summary>The admin API key the test endpoint is configured with.</summary>
    public const string AdminKey = "test-admin-key";

    /// <summary>The firmware version the SR 11.1 reference message distributes.</summary>
    public const string New = "00000000";

    public const string Old = "1.0";

    /// <summary>How long a wait for an asynchronous message may take before the test fails instead of hanging.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    private readonly WebApplicationFactory<Program> _factory;
    private readonly Dictionary<SecChange.Dcc.Identity.Eui64, ulong> _lastCounters = [];

    private DuisHost(WebApplicationFactory<Program> factory, TestReceiver receiver, RetryClock retryClock)
    {
        _factory = factory;
        Receiver = receiver;
        RetryClock = retryClock;
        Client = factory.CreateClient();
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    /// <summary>A client without the admin key, as anyone who can reach the endpoint.</summary>
    public HttpClient CreateAnonymousClient() => _factory.CreateClient();

    public TestReceiver Receiver { get; }

    /// <summary>The endpoint's TimeProvider: retry delays pass at once and are recorded.</summary>
    public RetryClock RetryClock { get; }

    public HttpClient Client { get; }

    public DuisGateway Gateway => _factory.Services.GetRequiredService<DuisGateway>();

    /// <summary>Runs an action on the partition that holds a Device, under its lock, with the Device's row.</summary>
    public void OnDevice(string id, Action<Processing.DccSystem, int> action)
    {
        var dsp = (Processing.PartitionedDccSystem)Gateway.Dsp;
        var eui = Identity.Eui64.Parse(id);
        dsp.Read(dsp.PartitionOf(eui), system =>
        {
            action(system, system.Inventory.RowOf(eui));
            return true;
        });
    }

    public DeliveryStatistics Delivery => _factory.Services.GetRequiredService<DeliveryStatistics>();

    public static async Task<DuisHost> StartAsync(
        string modifications, int receiverFailsFirst = 0, int maxRequestBytes = 4 * 1024 * 1024, bool verifySignatures = true,
        ILoggerProvider? logs = null, string? adminKey = AdminKey, int partitions = 0)
    {
        var receiver = await TestReceiver.StartAsync(receiverFailsFirst);
        var retryClock = new RetryClock();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(retryClock);
                services.AddSingleton<IStartupFilter, FailingBodyFilter>();
            });
            if (adminKey is not null)
            {
                b.UseSetting("Duis:AdminApiKey", adminKey);
            }

            if (logs is not null)
            {
                b.ConfigureLogging(l => l.AddProvider(logs));
            }

            b.UseSetting("Duis:Modifications", modifications);
            b.UseSetting("Duis:ReceiverUrl", receiver.Url.ToString());
            b.UseSetting("Duis:RetryDelayMilliseconds", "10");
            b.UseSetting("Duis:MaxRequestBytes", maxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Duis:VerifySignatures", verifySignatures ? "true" : "false");
            b.UseSetting("Duis:Partitions", partitions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        return new DuisHost(factory, receiver, retryClock);
    }

    /// <summary>Loads the reference Devices (ESME, GSME and its GPF) on firmware 1.0, with 1.0 and 00000000 on the CPL.</summary>
    public async Task LoadDevicesAsync(int smets = 2)
    {
        var json = $$"""
            { "devices": [
                { "id": "{{Esme}}", "type": "ESME", "model": "ACME-E1", "firmware": "{{Old}}", "smets": {{smets}}, "status": "Commissioned", "importSupplier": "{{Supplier}}", "networkOperator": "{{Distributor}}" },
                { "id": "{{Gsme}}", "type": "GSME", "model": "ACME-G1", "firmware": "{{Old}}", "smets": {{smets}}, "status": "Commissioned", "importSupplier": "{{Supplier}}", "networkOperator": "{{Transporter}}" },
                { "id": "{{Gpf}}", "type": "GPF", "model": "ACME-GPF", "firmware": "G1", "smets": {{smets}}, "status": "Commissioned", "gsme": "{{Gsme}}", "importSupplier": "{{Supplier}}", "networkOperator": "{{Transporter}}" } ],
              "cpl": [
                { "model": "ACME-E1", "firmware": "{{Old}}", "gbcsVersion": "4.0" }, { "model": "ACME-E1", "firmware": "{{New}}", "gbcsVersion": "4.2" },
                { "model": "ACME-G1", "firmware": "{{Old}}", "gbcsVersion": "4.0" }, { "model": "ACME-G1", "firmware": "{{New}}", "gbcsVersion": "4.2" },
                { "model": "ACME-GPF", "firmware": "G1", "gbcsVersion": "4.2" } ] }
            """;
        using var response = await Client.PostAsync("/api/v1/dcc/inventory", new StringContent(json, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits until <paramref name="count"/> asynchronous messages were delivered or given up on.</summary>
    public Task DeliveriesSettledAsync(int count) => Delivery.WhenSettledAsync(count).WaitAsync(HangGuard);

    public async Task RemoveFirmwareAsync(string version)
    {
        using var response = await Client.PostAsync("/api/v1/dcc/cpl/remove-firmware",
            new StringContent($$"""{"firmwareVersion":"{{version}}"}""", Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>POSTs DUIS XML and returns the HTTP response.</summary>
    public Task<HttpResponseMessage> PostAsync(string xml, string contentType = "application/xml")
    {
        var content = new StringContent(xml, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return Client.PostAsync("/api/v1/serviceS", content);
    }

    /// <summary>
    /// Signs a request as its originator, as a DCC User's adapter does, with the counter raised above the
    /// last one this host sent for that originator; unchanged when the keystore has no key for it.
    /// </summary>
    public string Sign(string xml)
    {
        var signed = OriginatorSigning.Sign(xml, DuisKeystore.Default, id => _lastCounters.TryGetValue(id.Originator, out var last) ? last : null);
        if (!signed.Success)
        {
            return xml;
        }

        _lastCounters[signed.RequestId.Originator] = signed.RequestId.Counter;
        return signed.Xml!;
    }

    /// <summary>POSTs DUIS XML (signed first unless <paramref name="sign"/> is false) expecting a DUIS response; returns its ResponseCode and the XML.</summary>
    public async Task<(string Code, string Xml)> SendAsync(string xml, bool sign = true)
    {
        using var response = await PostAsync(sign ? Sign(xml) : xml);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        var code = XDocument.Parse(body).Root!.Element(Sr + "Header")!.Element(Sr + "ResponseCode")!.Value;
        return (code, body);
    }

    /// <summary>A Device as the endpoint reports it.</summary>
    public async Task<System.Text.Json.JsonElement> DeviceAsync(string id)
    {
        using var response = await Client.GetAsync($"/api/v1/dcc/devices/{id}");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        using var doc = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

/// <summary>The DUIS reference messages kept in tests/TestData.</summary>
public static class Templates
{
    public static string Read(string name) => File.ReadAllText(RepoPaths.DuisTemplate(name));

    public static string ReadFirmwareEsme => Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");

    public static string ReadFirmwareGsme => Read("GCS38_11.2_SUCCESS_REQUEST_DUIS.XML");

    public static string ReadFirmwareGpf => ReadFirmwareEsme.Replace(DuisHost.Esme, DuisHost.Gpf, StringComparison.Ordinal);

    public static string UpdateFirmware(string device) =>
        Read("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML").Replace("<sr:DeviceIDList>00-DB-12-34-56-78-90-A0<", $"<sr:DeviceIDList>{device}<", StringComparison.Ordinal);

    public static string Activate(string device, int counter) =>
        Read("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML")
            .Replace($"{DuisHost.Esme}:1000", $"{device}:{counter}", StringComparison.Ordinal);
}
