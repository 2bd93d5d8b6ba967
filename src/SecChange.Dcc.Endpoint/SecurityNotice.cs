using Microsoft.Extensions.Options;

namespace SecChange.Dcc.Endpoint;

/// <summary>Says at start-up, loudly, when the endpoint accepts requests without checking their signatures, and prints a generated admin key.</summary>
internal sealed class SecurityNotice(IOptions<DuisEndpointOptions> options, AdminApiKey adminKey, ILogger<SecurityNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.VerifySignatures)
        {
            logger.LogWarning(
                "Duis:VerifySignatures is false: DUIS request signatures and originator counters are NOT checked. " +
                "Anyone who can reach this endpoint can speak as any DCC User. Use this only to test an adapter with unsigned messages.");
        }

        if (adminKey.Generated)
        {
            logger.LogWarning(
                "No Duis:AdminApiKey is configured; the admin endpoints under /dcc take this key, generated for this run, in the X-Api-Key header: {AdminApiKey}",
                adminKey.Value);
        }

        if (!options.Value.SignResponses)
        {
            logger.LogWarning("Duis:SignResponses is false: responses and DCC Alerts are sent unsigned.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
