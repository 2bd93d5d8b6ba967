using SecChange.Dcc.Devices;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Endpoint;

/// <summary>Settings of the DUIS endpoint (configuration section "Duis").</summary>
public sealed class DuisEndpointOptions
{
    public const string Section = "Duis";

    /// <summary>
    /// Register references of the modifications whose DCC behaviour the model runs on top of the baseline,
    /// comma-separated (e.g. "MP105,SECMP0007"); empty for the baseline.
    /// </summary>
    public string Modifications { get; set; } = BehaviourCatalogue.DefaultSetting;

    /// <summary>Where asynchronous responses and DCC Alerts are POSTed; none are sent when empty.</summary>
    public Uri? ReceiverUrl { get; set; }

    /// <summary>The largest request body accepted; larger ones get 413 ProblemDetails.</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many undelivered messages the delivery queue holds before it drops new ones.</summary>
    public int DeliveryQueueCapacity { get; set; } = 10_000;

    /// <summary>Delivery attempts per message (first try included).</summary>
    public int DeliveryAttempts { get; set; } = 4;

    /// <summary>Delay before the first retry; doubles each retry.</summary>
    public int RetryDelayMilliseconds { get; set; } = 250;

    /// <summary>Fraction of simulated Device responses lost (0 to 1).</summary>
    public double ResponseLossRate { get; set; }

    /// <summary>
    /// Whether each request's signature is verified against its originator's certificate and its
    /// originator counter checked for replay. On by default; off only for adapter testing with unsigned
    /// messages (the endpoint logs a warning at start-up).
    /// </summary>
    public bool VerifySignatures { get; set; } = true;

    /// <summary>
    /// The key the admin endpoints under <c>/dcc</c> require in the <c>X-Api-Key</c> header; when empty, one
    /// is generated at start-up and logged.
    /// </summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Whether responses and DCC Alerts are signed with the Access Control Broker's key.</summary>
    public bool SignResponses { get; set; } = true;

    /// <summary>Seed of the simulated Devices' random choices.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Partitions of the fleet in this process; 0 (the default) means one per core.</summary>
    public int Partitions { get; set; }

    /// <summary>The partition count in force.</summary>
    public int PartitionCount => Partitions > 0 ? Partitions : Environment.ProcessorCount;

    /// <summary>How the simulated Devices behave, from these settings.</summary>
    public DeviceSimulationOptions DeviceSimulation => new() { ResponseLossRate = ResponseLossRate, Seed = Seed };
}
