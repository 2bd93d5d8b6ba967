using System.Net;
using System.Text;
using System.Text.Json;

namespace SecChange.Dcc.Endpoint.Tests;

public class InventoryLoadEndpointTests
{
    private const string Header = "id,type,model,firmware,smets,status,importSupplier,networkOperator\n";

    private static string Csv(int count, Func<int, string> firmware, string? last = null)
    {
        var csv = new StringBuilder(Header, count * 110);
        for (var i = 0; i < count; i++)
        {
            var id = new Identity.Eui64(0x00DB_7700_0000_0000UL + (ulong)i);
            csv.Append(i == count - 1 && last is not null ? last : id.ToString())
                .Append(",ESME,ACME-E1,").Append(firmware(i)).Append(",2,Commissioned,")
                .Append(DuisHost.Supplier).Append(',').Append(DuisHost.Distributor).Append('\n');
        }

        return csv.ToString();
    }

    private static async Task<(HttpStatusCode Status, string Code)> PostAsync(DuisHost host, string csv)
    {
        using var response = await host.Client.PostAsync("/api/v1/dcc/inventory", new StringContent(csv, Encoding.UTF8, "text/csv"));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.TryGetProperty("code", out var code) ? code.GetString()! : string.Empty);
    }

    [Fact]
    public async Task LoadInventory_WhenLastOf34000DevicesIsAlreadyLoaded_Returns409AndLoadsNone()
    {
        await using var host = await DuisHost.StartAsync("MP105", maxRequestBytes: 16 * 1024 * 1024);
        await host.LoadDevicesAsync();

        var (status, code) = await PostAsync(host, Csv(34_000, _ => DuisHost.Old, last: DuisHost.Esme));

        status.ShouldBe(HttpStatusCode.Conflict);
        code.ShouldBe("duplicate-device");
        (await host.Gateway.Dsp.OverviewAsync()).Devices.ShouldBe(3);
    }

    [Fact]
    public async Task LoadInventory_WhenMoreDistinctFirmwareVersionsThanTheTableHolds_Returns400AndLoadsNone()
    {
        await using var host = await DuisHost.StartAsync("MP105", maxRequestBytes: 16 * 1024 * 1024, partitions: 1);

        var (status, code) = await PostAsync(host, Csv(65_536, i => $"fw-{i}"));

        status.ShouldBe(HttpStatusCode.BadRequest);
        code.ShouldBe("too-many-distinct-values");
        (await host.Gateway.Dsp.OverviewAsync()).Devices.ShouldBe(0);
    }
}
