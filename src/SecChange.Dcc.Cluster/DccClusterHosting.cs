using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans.Configuration;
using SecChange.Dcc.Processing;

namespace SecChange.Dcc.Cluster;

/// <summary>Makes a host a silo of the DSP cluster and gives it the cluster as its <see cref="IDccService"/>.</summary>
public static class DccClusterHosting
{
    /// <summary>
    /// When the section's <c>Cluster</c> is localhost or postgres, runs an Orleans silo in this host with the
    /// partition grains and registers <see cref="ClusterDccService"/> as the DSP; does nothing for none.
    /// </summary>
    /// <returns>The clustering in force.</returns>
    public static ClusterMode AddDccCluster(this IHostApplicationBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        var options = section.Get<DccClusterOptions>() ?? new DccClusterOptions();
        if (options.Mode == ClusterMode.None)
        {
            return ClusterMode.None;
        }

        builder.Services.Configure<DccClusterOptions>(section);
        builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);
        builder.Services.TryAddSingleton(new PartitionHoldTime(TimeProvider.System));
        builder.Services.AddSingleton<IDccService>(sp =>
            new ClusterDccService(sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<IOptions<DccClusterOptions>>().Value.ClusterPartitions));
        if (options.Mode == ClusterMode.Postgres)
        {
            var connection = options.ClusterConnectionString ??
                throw new InvalidOperationException("Duis:Cluster is postgres: set Duis:ClusterConnectionString to the membership database.");

            // Registered before the silo, so the membership tables exist when it starts.
            builder.Services.AddHostedService(_ => new PostgresClusteringSchema(connection));
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ClusterId;
            });
            if (options.Mode == ClusterMode.Localhost)
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort,
                    new IPEndPoint(IPAddress.Loopback, options.PrimarySiloPort), options.ClusterId, options.ClusterId);
            }
            else
            {
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = options.ClusterConnectionString;
                });
                silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }

            silo.Services.AddPlacementDirector<PartitionPlacementStrategy, PartitionPlacementDirector>();

            // A partition's Devices live only in its activation, so two activations of one partition would split the
            // inventory: the strongly consistent directory allows none, where the default one may briefly while a
            // silo joins or leaves. Orleans marks it for evaluation (ORLEANSEXP003); the cluster tests run on it.
#pragma warning disable ORLEANSEXP003
            silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
        });
        return options.Mode;
    }
}
