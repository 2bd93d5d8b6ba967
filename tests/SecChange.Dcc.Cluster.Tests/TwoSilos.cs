using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Orleans.Runtime;
using SecChange.Dcc.Processing;

namespace SecChange.Dcc.Cluster.Tests;

/// <summary>Two silo hosts of one DSP cluster in this test process, each on its own ports.</summary>
public sealed class TwoSilos : IAsyncDisposable
{
    public const int Partitions = 8;

    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly IHost[] _hosts;

    private TwoSilos(IHost[] hosts, FakeTimeProvider time)
    {
        _hosts = hosts;
        Time = time;
    }

    /// <summary>The DSP as the first silo's host sees it.</summary>
    public ClusterDccService First => (ClusterDccService)_hosts[0].Services.GetRequiredService<IDccService>();

    /// <summary>The DSP as the second silo's host sees it.</summary>
    public ClusterDccService Second => (ClusterDccService)_hosts[1].Services.GetRequiredService<IDccService>();

    /// <summary>The partition grains, reached through the first silo.</summary>
    public IGrainFactory Grains => _hosts[0].Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// The time the silos' partition holds run on: it stands still (a hold never lapses) unless a test
    /// advances it.
    /// </summary>
    public FakeTimeProvider Time { get; }

    /// <summary>A DSP coordinating through one silo's host with seams to pause or observe an operation spanning partitions.</summary>
    public ClusterDccService Coordinator(int host, SpanningOperationHooks hooks) =>
        new(_hosts[host].Services.GetRequiredService<IGrainFactory>(), Partitions) { Hooks = hooks };

    /// <summary>Starts two silos clustered on localhost, or through PostgreSQL when a connection string is given.</summary>
    public static async Task<TwoSilos> StartAsync(IClock clock, string? postgres = null)
    {
        var ports = FreePorts(4);
        var hosts = new IHost[2];
        var time = new FakeTimeProvider();
        for (var i = 0; i < 2; i++)
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Duis:Cluster"] = postgres is null ? "localhost" : "postgres",
                ["Duis:ClusterConnectionString"] = postgres,
                ["Duis:ClusterId"] = "test-" + ports[0],
                ["Duis:ClusterPartitions"] = Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Duis:SiloPort"] = ports[2 * i].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Duis:GatewayPort"] = ports[(2 * i) + 1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Duis:PrimarySiloPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Duis:Modifications"] = string.Empty, // the baseline, which the tests' one-process reference runs
            });
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton(new PartitionHoldTime(time));
            builder.AddDccCluster(builder.Configuration.GetSection("Duis")).ShouldNotBe(ClusterMode.None);
            hosts[i] = builder.Build();
        }

        var silos = new TwoSilos(hosts, time);
        using var guard = new CancellationTokenSource(HangGuard);
        foreach (var host in hosts)
        {
            await host.StartAsync(guard.Token);
        }

        foreach (var host in hosts)
        {
            await BothActiveAsync(host.Services.GetRequiredService<IClusterMembershipService>(), guard.Token);
        }

        return silos;
    }

    // Waits on the membership's own updates (no polling): partitions are placed only once both silos are seen.
    private static async Task BothActiveAsync(IClusterMembershipService membership, CancellationToken cancel)
    {
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancel))
        {
            if (snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active) >= 2)
            {
                return;
            }
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Reverse())
        {
            using var guard = new CancellationTokenSource(HangGuard);
            await host.StopAsync(guard.Token);
            host.Dispose();
        }
    }
}
