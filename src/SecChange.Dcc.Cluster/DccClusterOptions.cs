using SecChange.Dcc.Devices;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Cluster;

/// <summary>How the DSP runs beyond one process (configuration section "Duis").</summary>
public sealed class DccClusterOptions
{
    /// <summary>none (in this process), localhost (silos on this machine) or postgres (ADO.NET clustering on PostgreSQL).</summary>
    public string Cluster { get; set; } = "none";

    /// <summary>Partition grains; every silo and client of one cluster must agree.</summary>
    public int ClusterPartitions { get; set; } = 16;

    /// <summary>The cluster's id: silos with the same id (and store) form one DSP.</summary>
    public string ClusterId { get; set; } = "secchange-dcc";

    /// <summary>Port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port clients reach the silo on.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>postgres only: the address other silos reach this one on.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>localhost only: the silo port of the first silo, which the others join.</summary>
    public int PrimarySiloPort { get; set; } = 11111;

    /// <summary>postgres only: the connection string of the membership store (its tables are created at start).</summary>
    public string? ClusterConnectionString { get; set; }

    /// <summary>Register references whose behaviour the partitions run (comma-separated), as the endpoint's setting.</summary>
    public string Modifications { get; set; } = BehaviourCatalogue.DefaultSetting;

    /// <summary>Fraction of simulated Device responses lost.</summary>
    public double ResponseLossRate { get; set; }

    /// <summary>Seed of the simulated Devices' random streams.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// Seconds an operation spanning partitions may hold one before another may take it over: how long a
    /// coordinator that has gone can block the partitions it held.
    /// </summary>
    public int HoldSeconds { get; set; } = 30;

    /// <summary>How long an operation spanning partitions may hold one.</summary>
    public TimeSpan HoldLifetime => TimeSpan.FromSeconds(HoldSeconds);

    /// <summary>The clustering in force.</summary>
    public ClusterMode Mode => Cluster.Trim().ToLowerInvariant() switch
    {
        "" or "none" => ClusterMode.None,
        "localhost" => ClusterMode.Localhost,
        "postgres" or "postgresql" => ClusterMode.Postgres,
        _ => throw new InvalidOperationException($"Duis:Cluster is '{Cluster}'; use none, localhost or postgres."),
    };

    /// <summary>The rule set the partitions run.</summary>
    public RuleSet ComposeRuleSet() => BehaviourCatalogue.Default.ComposeSetting(Modifications);

    /// <summary>How the simulated Devices behave.</summary>
    public DeviceSimulationOptions DeviceSimulation => new() { ResponseLossRate = ResponseLossRate, Seed = Seed };
}

/// <summary>Where the partitions live.</summary>
public enum ClusterMode
{
    /// <summary>In this process, one per core (no Orleans).</summary>
    None,

    /// <summary>Grains in silos on this machine, localhost clustering.</summary>
    Localhost,

    /// <summary>Grains in silos that find each other through PostgreSQL (several machines, one DSP).</summary>
    Postgres,
}
