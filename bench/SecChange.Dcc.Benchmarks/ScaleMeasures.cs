using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Performance;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Benchmarks;

/// <summary>
/// Whole-process measures run by bench/dcc-scale.sh: DUIS requests per second on however many cores the
/// process may use (the script pins it with taskset), and a firmware campaign at fleet scale.
/// </summary>
public static class ScaleMeasures
{
    private static readonly IClock Clock = new FixedClockSource();

    /// <summary>
    /// DUIS XML in → responses out per second with one worker thread per core and one partition per core,
    /// over requests spread across a 100,000-Device fleet (SR 11.2 to 4096 different ESMEs).
    /// </summary>
    public static string DuisThroughput(double seconds)
    {
        var cores = Environment.ProcessorCount;
        var system = PartitionedDccSystem.Create(cores, BehaviourCatalogue.Default.ComposeExactly(["MP105"]), Clock, capacity: 100_000);
        var meters = FleetGenerator.Populate(system, new FleetSpec { Devices = 100_000, GasShare = 0 }, Clock.GetCurrentInstant());
        var ids = meters.SelectMany((rows, p) => rows.Select(r => system.Partitions[p].Inventory.IdAt(r).ToString())).ToList();
        var random = new Random(5);
        var requests = Enumerable.Range(0, 4096)
            .Select(_ => QuickBench.SampleRequest.Replace("00-DB-12-34-56-78-90-A0", ids[random.Next(ids.Count)], StringComparison.Ordinal))
            .ToArray();
        var gateway = new DuisGateway(system, Clock);
        if (gateway.Process(requests[0]).Code != Requests.ResponseCode.I99)
        {
            throw new InvalidOperationException("The sample request is not accepted.");
        }

        // Warm up as long as the measure: on one core the tiered compiler's instrumented and optimised tiers share the core
        // with the work, and a two-second warm-up left the one-core figure at a third of its steady state.
        Run(gateway, requests, cores, TimeSpan.FromSeconds(seconds));
        var (count, elapsed) = Run(gateway, requests, cores, TimeSpan.FromSeconds(seconds));
        return string.Create(CultureInfo.InvariantCulture,
            $"cores={cores} partitions={system.Count} requests={count} seconds={elapsed:F2} requests_per_second={count / elapsed:F0}");
    }

    /// <summary>The MP105 firmware campaign over a generated fleet, one partition per core: time and peak memory.</summary>
    public static string Campaign(int devices)
    {
        var cores = Environment.ProcessorCount;
        var report = FirmwareCampaign.Run(new FleetSpec { Devices = devices }, BehaviourCatalogue.Default.ComposeExactly(["MP105"]), Clock, cores);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return string.Create(CultureInfo.InvariantCulture,
            $"cores={cores} partitions={report.Partitions} devices={report.Devices} meters={report.MetersTargeted} requests={report.RequestsSent} " +
            $"seconds={report.ElapsedSeconds:F1} peak_working_set_mib={process.PeakWorkingSet64 / (1024.0 * 1024):F0} " +
            $"managed_heap_mib={GC.GetTotalMemory(false) / (1024.0 * 1024):F0} ended_suspended={report.EndedSuspended} restored={report.DevicesRestored}");
    }

    private static (long Count, double Seconds) Run(DuisGateway gateway, string[] requests, int threads, TimeSpan duration)
    {
        var counts = new long[threads];
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            long n = 0;
            var next = t * 997;
            while (watch.Elapsed < duration)
            {
                for (var i = 0; i < 64; i++)
                {
                    gateway.Process(requests[next++ & 4095]);
                }

                n += 64;
            }

            counts[t] = n;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return (counts.Sum(), watch.Elapsed.TotalSeconds);
    }

    /// <summary>A clock fixed at the campaign's day: the model's dates do not matter to these measures.</summary>
    private sealed class FixedClockSource : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(2021, 11, 4, 9, 0);
    }
}
