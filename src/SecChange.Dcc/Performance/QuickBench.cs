using System.Diagnostics;
using System.Xml;
using NodaTime;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Performance;

/// <summary>Whole-process figures measured by <see cref="QuickBench"/>.</summary>
public sealed record QuickBenchResult
{
    public required int ProcessorCount { get; init; }

    public required double AuthorisationsPerSecond { get; init; }

    public required double DuisRequestsPerSecondOneThread { get; init; }

    public required double DuisRequestsPerSecondAllThreads { get; init; }

    public required double BareParsesPerSecond { get; init; }

    /// <summary>Cost of request in → response out over the cost of only parsing the same XML.</summary>
    public double PipelineToParseRatio => BareParsesPerSecond / DuisRequestsPerSecondOneThread;

    public required int InventoryDevices { get; init; }

    public required double InventoryBytesPerDevice { get; init; }

    public required int CampaignDevices { get; init; }

    public required double CampaignSeconds { get; init; }
}

/// <summary>
/// A quick whole-process measure of the model (the benchmarks project measures the same things with
/// BenchmarkDotNet): authorisation decisions per second, DUIS XML request in → response out per second
/// against bare parsing of the same XML, inventory bytes per Device, and a campaign's run time.
/// </summary>
public static class QuickBench
{
    /// <summary>The DUIS reference SR 11.2 request to the ESME 00-DB-12-34-56-78-90-A0.</summary>
    public static string SampleRequest { get; } = EmbeddedData.Read("sample-read-firmware-request.xml");

    public static QuickBenchResult Run(int inventoryDevices, int campaignDevices, TimeSpan perMeasure, IClock clock)
    {
        var (authorise, _) = BuildAuthorisationWorkload(100_000, clock);
        var gateway = BuildGateway(clock);
        return new QuickBenchResult
        {
            ProcessorCount = Environment.ProcessorCount,
            AuthorisationsPerSecond = Rate(perMeasure, authorise),
            DuisRequestsPerSecondOneThread = Rate(perMeasure, () => gateway.Process(SampleRequest)),
            DuisRequestsPerSecondAllThreads = ParallelRate(perMeasure, () => gateway.Process(SampleRequest)),
            BareParsesPerSecond = Rate(perMeasure, () => BareParse(SampleRequest)),
            InventoryDevices = inventoryDevices,
            InventoryBytesPerDevice = MeasureInventoryBytesPerDevice(inventoryDevices),
            CampaignDevices = campaignDevices,
            CampaignSeconds = campaignDevices == 0 ? 0 : FirmwareCampaign.Run(new FleetSpec { Devices = campaignDevices }, BehaviourCatalogue.Default.Compose(["MP105"]), clock).ElapsedSeconds,
        };
    }

    /// <summary>A system of <paramref name="devices"/> meters (a tenth Suspended) and 4096 mixed requests; the action decides one.</summary>
    public static (Action Decide, DccSystem System) BuildAuthorisationWorkload(int devices, IClock clock)
    {
        var system = new DccSystem(BehaviourCatalogue.Default.Compose(["MP105"]), clock, inventory: new SmartMeteringInventory(devices));
        var meters = FleetGenerator.Populate(system, new FleetSpec { Devices = devices }, clock.GetCurrentInstant());
        var random = new Random(3);
        for (var i = 0; i < meters.Count; i += 10)
        {
            system.Inventory.Suspend(meters[i], clock.GetCurrentInstant(), "bench");
        }

        string[] variants = ["11.2", "11.3", "4.1.1", "6.23", "2.2", "4.8.1"];
        var requests = new ServiceRequest[4096];
        for (var i = 0; i < requests.Length; i++)
        {
            var variant = variants[random.Next(variants.Length)];
            var critical = variant == "11.3";
            requests[i] = ServiceRequest.ToDevice(FleetGenerator.Supplier, system.Inventory.IdAt(meters[random.Next(meters.Count)]), (ulong)i, critical ? 4 : 1, variant);
        }

        var next = 0;
        return (() => system.Authorise(requests[next++ & 4095]), system);
    }

    /// <summary>A gateway whose inventory holds the sample request's ESME.</summary>
    public static DuisGateway BuildGateway(IClock clock)
    {
        var system = new DccSystem(BehaviourCatalogue.Default.Compose(["MP105"]), clock);
        system.Cpl.Add(new Products.CplEntry("BENCH-ESME", "1.0", "4.2"));
        system.Inventory.Add(new DeviceRecord(Eui64.Parse("00-DB-12-34-56-78-90-A0"), DeviceType.ESME, "BENCH-ESME", "1.0",
            SmetsGeneration.Smets2, SmiStatus.Commissioned, clock.GetCurrentInstant(), FleetGenerator.Supplier, FleetGenerator.ElectricityDistributor));
        return new DuisGateway(system, clock);
    }

    // The same reader settings as the DUIS parser, so the comparison is with the same XML reading.
    private static readonly XmlReaderSettings BareSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Reads every node of the XML (with the DUIS parser's settings) and nothing more: the floor any DUIS processing pays.</summary>
    public static int BareParse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), BareSettings);
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    /// <summary>
    /// Managed bytes per Device of an inventory of <paramref name="devices"/> meters: the bytes this thread
    /// allocated building it (the inventory is preallocated, so that is its size). Counting this thread's
    /// allocations, not the whole heap, keeps other threads' garbage out of the figure.
    /// </summary>
    public static double MeasureInventoryBytesPerDevice(int devices)
    {
        if (devices <= 0)
        {
            return 0;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var inventory = BuildMeters(devices);
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(inventory);
        return (after - before) / (double)devices;
    }

    /// <summary>
    /// Bytes per Device the status histories of a campaign keep: an inventory of <paramref name="devices"/>
    /// meters, each Suspended when its firmware leaves the CPL and restored when its activation is read, the
    /// heap measured after a full collection before and after the changes (so only what stays is counted).
    /// </summary>
    public static double MeasureHistoryBytesPerDevice(int devices)
    {
        if (devices <= 0)
        {
            return 0;
        }

        var inventory = BuildMeters(devices);
        var at = Instant.FromUtc(2021, 11, 4, 9, 0);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var row = 0; row < devices; row++)
        {
            inventory.Suspend(row, at, "firmware 1.0 removed from the CPL");
            inventory.RestoreFromSuspension(row, at + Duration.FromMinutes(5), "SR 11.3 response shows firmware 2.0, which is on the CPL");
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(inventory);
        return (after - before) / (double)devices;
    }

    // Half ESMEs, half GSMEs, on three firmware versions (the inventory is preallocated).
    private static SmartMeteringInventory BuildMeters(int devices)
    {
        var inventory = new SmartMeteringInventory(devices);
        var at = Instant.FromUtc(2021, 11, 4, 0, 0);
        var supplier = FleetGenerator.Supplier;
        var network = FleetGenerator.ElectricityDistributor;
        for (var i = 0; i < devices; i++)
        {
            var gas = (i & 1) == 1;
            inventory.AddUnchecked(new Eui64(0x00DB_0000_0000_0000UL + (ulong)i), gas ? DeviceType.GSME : DeviceType.ESME,
                gas ? FleetGenerator.GsmeModel : FleetGenerator.EsmeModel, (i % 3) switch { 0 => "1.0", 1 => "1.1", _ => "2.0" },
                SmetsGeneration.Smets2, SmiStatus.Commissioned, at, supplier, network);
        }

        return inventory;
    }

    private static double Rate(TimeSpan duration, Action action)
    {
        // Warm up long enough for tiered compilation to reach optimised code.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromTicks(Math.Min(duration.Ticks / 2, TimeSpan.FromSeconds(1).Ticks)))
        {
            action();
        }

        long count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            for (var i = 0; i < 256; i++)
            {
                action();
            }

            count += 256;
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    private static double ParallelRate(TimeSpan duration, Action action)
    {
        var threads = Environment.ProcessorCount;
        var counts = new long[threads];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            long n = 0;
            while (watch.Elapsed < duration)
            {
                for (var i = 0; i < 64; i++)
                {
                    action();
                }

                n += 64;
            }

            counts[t] = n;
        });
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }
}
