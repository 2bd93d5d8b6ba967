using System.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Signing;
using static SecChange.Dcc.Endpoint.DccProblems;

namespace SecChange.Dcc.Endpoint;

/// <summary>
/// Registers and maps the DUIS endpoint, so any ASP.NET Core host (this one, or the SecChange web app)
/// can carry it with <c>services.AddDuisEndpoint(...)</c> and <c>app.MapDuisEndpoint()</c>.
/// </summary>
public static class DuisEndpointExtensions
{
    /// <summary>The path DUIS requests are POSTed to, under the prefix (as DCC Boxed's Send Service Request).</summary>
    public const string ServiceRequestPath = "/serviceS";

    /// <summary>Registers the DCC System model, the gateway and the asynchronous delivery.</summary>
    public static IServiceCollection AddDuisEndpoint(this IServiceCollection services, IConfiguration section)
    {
        services.Configure<DuisEndpointOptions>(section);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDccService>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DuisEndpointOptions>>().Value;
            var ruleSet = BehaviourCatalogue.Default.ComposeSetting(options.Modifications);
            return PartitionedDccSystem.Create(options.PartitionCount, ruleSet, sp.GetRequiredService<IClock>(), options.DeviceSimulation);
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DuisEndpointOptions>>().Value;
            var security = new DuisSecurity(DuisKeystore.Default, options.VerifySignatures, options.SignResponses);
            return new DuisGateway(sp.GetRequiredService<IDccService>(), sp.GetRequiredService<IClock>(), security);
        });
        services.TryAddSingleton<AdminApiKey>();
        services.TryAddSingleton<DeliveryStatistics>();
        services.TryAddSingleton<DeliveryQueue>();
        services.AddHttpClient(DeliveryService.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<DeliveryService>();
        services.AddHostedService<SecurityNotice>();
        return services;
    }

    /// <summary>
    /// Maps <c>POST {prefix}/serviceS</c> (signed DUIS XML in, signed DUIS XML out) and the admin endpoints
    /// under <c>{prefix}/dcc</c>, behind the admin API key: load Devices, remove a firmware version from the
    /// CPL, read a Device, statistics.
    /// </summary>
    public static IEndpointRouteBuilder MapDuisEndpoint(this IEndpointRouteBuilder app, string prefix = "/api/v1")
    {
        var group = app.MapGroup(prefix);
        group.MapPost(ServiceRequestPath, ServiceRequestAsync)
            .WithName("SendDuisServiceRequest")
            .WithSummary("Send a DUIS Service Request; the answer is the synchronous DUIS response (I99 or an E-code).")
            .Accepts<string>("application/xml", "text/xml")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        var dcc = group.MapGroup("/dcc").AddEndpointFilter(AdminAccess.CheckAsync);
        dcc.MapPost("/inventory", LoadInventoryAsync).WithName("LoadDccInventory")
            .WithSummary("Add Devices (and CPL entries) from a Device file in JSON or CSV.");
        dcc.MapPost("/cpl/remove-firmware", RemoveFirmwareAsync).WithName("RemoveFirmwareFromCpl")
            .WithSummary("Remove a firmware version from the CPL; every Device running it is Suspended.");
        dcc.MapGet("/devices/{id}", GetDeviceAsync).WithName("GetDccDevice")
            .WithSummary("A Device's SMI record with its status history.");
        dcc.MapGet("/statistics", GetStatisticsAsync).WithName("GetDccStatistics");
        return app;
    }

    private static async Task<IResult> ServiceRequestAsync(
        HttpContext context, DuisGateway gateway, DeliveryQueue queue, IOptions<DuisEndpointOptions> options, ILogger<DuisGateway> logger)
    {
        var max = options.Value.MaxRequestBytes;
        if (!IsXml(context.Request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"DUIS requests are XML: send Content-Type application/xml or text/xml, not '{DccMessages.Excerpt(context.Request.ContentType)}'.", "unsupported-media-type");
        }

        var (body, problem) = await RequestBody.ReadAsync(context, max, logger);
        if (body is null)
        {
            return problem!;
        }

        var exchange = await gateway.ProcessAsync(body);
        if (exchange.ParseError == DuisParseError.TooLarge)
        {
            return TooLarge(max);
        }

        if (exchange.ParseError != DuisParseError.None)
        {
            return Problem(StatusCodes.Status400BadRequest, "Not a DUIS request", exchange.ErrorMessage!, exchange.ParseError.ToString());
        }

        if (exchange.Authentication != SignatureCheck.Valid)
        {
            context.Response.Headers["X-DUIS-Refused"] = exchange.Authentication.ToString();
        }

        foreach (var message in exchange.Outbound)
        {
            queue.TryEnqueue(message);
        }

        return Results.Text(exchange.ResponseXml!, "application/xml", Encoding.UTF8, StatusCodes.Status200OK);
    }

    private static async Task<IResult> LoadInventoryAsync(
        HttpContext context, DuisGateway gateway, IClock clock, IOptions<DuisEndpointOptions> options, ILogger<DuisGateway> logger)
    {
        var (body, problem) = await RequestBody.ReadAsync(context, options.Value.MaxRequestBytes, logger);
        if (body is null)
        {
            return problem!;
        }

        using var reader = new StreamReader(body, Encoding.UTF8);
        var result = DeviceFile.Read(await reader.ReadToEndAsync(context.RequestAborted), clock.GetCurrentInstant());
        if (!result.Success)
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad Device file", string.Join(" ", result.Errors.Take(20)), "bad-device-file");
        }

        var load = await gateway.Dsp.LoadAsync(result.Content!);
        return load.Refusal switch
        {
            LoadRefusal.DuplicateDevice => Problem(StatusCodes.Status409Conflict, "Device already loaded", load.Problem!, "duplicate-device"),
            LoadRefusal.TooManyDistinctValues => Problem(StatusCodes.Status400BadRequest, "Too many distinct values", load.Problem!, "too-many-distinct-values"),
            _ => Results.Ok(new { added = load.Added, cplEntries = load.CplEntries, devices = load.Devices }),
        };
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonBody = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Body of a CPL firmware removal.</summary>
    /// <param name="FirmwareVersion">The firmware version to remove.</param>
    /// <param name="Model">The Device Model; every model when absent.</param>
    public sealed record RemoveFirmwareRequest(string? FirmwareVersion, string? Model);

    // The body is read here rather than bound, so that the admin door (an endpoint filter) answers first.
    private static async Task<IResult> RemoveFirmwareAsync(HttpContext context, DuisGateway gateway, IOptions<DuisEndpointOptions> options, ILogger<DuisGateway> logger)
    {
        var (body, problem) = await RequestBody.ReadAsync(context, options.Value.MaxRequestBytes, logger);
        if (body is null)
        {
            return problem!;
        }

        RemoveFirmwareRequest? request;
        try
        {
            request = await System.Text.Json.JsonSerializer.DeserializeAsync<RemoveFirmwareRequest>(body, JsonBody, context.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            request = null;
        }

        if (request is null || string.IsNullOrWhiteSpace(request.FirmwareVersion))
        {
            return Problem(StatusCodes.Status400BadRequest, "Firmware version required", "Send {\"firmwareVersion\": \"1.0\", \"model\": \"optional\"}.", "bad-request");
        }

        var result = await gateway.Dsp.RemoveFirmwareFromCplAsync(request.Model, request.FirmwareVersion);
        return result.Removed.Count == 0
            ? Problem(StatusCodes.Status404NotFound, "Not on the CPL", DccMessages.FirmwareNotOnCpl(request.Model ?? "any model", request.FirmwareVersion), "not-found")
            : Results.Ok(new { removed = result.Removed, suspended = result.Suspended.Select(s => s.ToString()) });
    }

    private static async Task<IResult> GetDeviceAsync(string id, DuisGateway gateway)
    {
        if (!Eui64.TryParse(id, out var eui))
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad Device id", DccMessages.BadEui64(id), "bad-eui64");
        }

        if (await gateway.Dsp.FindDeviceAsync(eui) is not { } found)
        {
            return Problem(StatusCodes.Status404NotFound, "Device not found", DccMessages.UnknownDevice(eui.ToString()), "not-found");
        }

        var d = found.Record;
        return Results.Ok(new
        {
            id = d.Id.ToString(),
            type = d.Type.ToString(),
            model = d.Model,
            firmwareVersion = d.FirmwareVersion,
            runningFirmware = found.RunningFirmware,
            smets = (int)d.Generation,
            status = d.Status.ToString(),
            statusSince = DuisResponseWriter.FormatDateTime(d.StatusSince),
            statusBeforeSuspension = d.StatusBeforeSuspension == Inventory.SmiStatus.None ? null : d.StatusBeforeSuspension.ToString(),
            importSupplier = d.ImportSupplier.ToString(),
            networkOperator = d.NetworkOperator.ToString(),
            history = found.History.Select(h => new { from = h.From.ToString(), to = h.To.ToString(), at = DuisResponseWriter.FormatDateTime(h.At), reason = h.Reason }),
        });
    }

    private static async Task<IResult> GetStatisticsAsync(DuisGateway gateway, DeliveryStatistics delivery)
    {
        var overview = await gateway.Dsp.OverviewAsync();
        var s = overview.Statistics;
        return Results.Ok(new
        {
            ruleSet = overview.RuleSetId,
            devices = overview.Devices,
            partitions = overview.Partitions,
            requests = s.Requests,
            rejected = s.RejectionsByCode,
            responsesLost = s.ResponsesLost,
            devicesRestored = s.DevicesRestored,
            alertsN29 = s.AlertsN29,
            alertsN52 = s.AlertsN52,
            refusedRequests = gateway.Security?.Failures,
            delivery = new { delivery.Queued, delivery.Delivered, delivery.Retries, delivery.Failed, delivery.Dropped },
        });
    }

    private static bool IsXml(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var media = contentType.Split(';')[0].Trim();
        return media.Equals("application/xml", StringComparison.OrdinalIgnoreCase) ||
               media.Equals("text/xml", StringComparison.OrdinalIgnoreCase) ||
               media.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
    }
}
