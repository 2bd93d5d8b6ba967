using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using SecChange.Dcc.Duis;

namespace SecChange.Dcc.Endpoint;

/// <summary>
/// Delivers asynchronous DUIS responses and DCC Alerts to the configured receiver URL, like DCC Boxed:
/// one POST of DUIS XML per message, retried with doubling delays, given up after the configured attempts.
/// </summary>
internal sealed class DeliveryService(
    DeliveryQueue queue,
    IHttpClientFactory clients,
    IOptions<DuisEndpointOptions> options,
    DeliveryStatistics statistics,
    TimeProvider time,
    ILogger<DeliveryService> logger) : BackgroundService
{
    public const string ClientName = "duis-receiver";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ReceiverUrl is null)
        {
            return;
        }

        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await DeliverAsync(settings, message, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private async Task DeliverAsync(DuisEndpointOptions settings, OutboundDuis message, CancellationToken stoppingToken)
    {
        var client = clients.CreateClient(ClientName);
        var delay = TimeSpan.FromMilliseconds(Math.Max(1, settings.RetryDelayMilliseconds));
        for (var attempt = 1; attempt <= Math.Max(1, settings.DeliveryAttempts); attempt++)
        {
            try
            {
                using var content = new StringContent(message.Xml, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
                using var request = new HttpRequestMessage(HttpMethod.Post, settings.ReceiverUrl) { Content = content };
                request.Headers.Add("X-DUIS-Kind", message.Kind);
                request.Headers.Add("X-DUIS-Recipient", message.Recipient.ToString());
                using var response = await client.SendAsync(request, stoppingToken);
                if (response.IsSuccessStatusCode)
                {
                    statistics.OnDelivered();
                    return;
                }

                logger.LogWarning("Receiver answered {Status} to a DUIS {Kind} ({Code}), attempt {Attempt}.", (int)response.StatusCode, message.Kind, message.Code, attempt);
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning("Receiver unreachable for a DUIS {Kind} ({Code}), attempt {Attempt}: {Error}", message.Kind, message.Code, attempt, ex.Message);
            }
            catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Receiver timed out for a DUIS {Kind} ({Code}), attempt {Attempt}.", message.Kind, message.Code, attempt);
            }

            if (attempt < settings.DeliveryAttempts)
            {
                statistics.OnRetry();
                await Task.Delay(delay, time, stoppingToken);
                delay *= 2;
            }
        }

        statistics.OnFailed();
        logger.LogError("Gave up delivering a DUIS {Kind} ({Code}) for {Recipient}.", message.Kind, message.Code, message.Recipient);
    }
}
