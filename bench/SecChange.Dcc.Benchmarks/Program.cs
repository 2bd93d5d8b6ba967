using System.Globalization;
using BenchmarkDotNet.Running;
using SecChange.Dcc.Performance;

// "memory [devices]" prints the inventory bytes per Device (the bytes allocated building it on this thread) and
// what a campaign's status histories add;
// anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args.Length > 0 && args[0] == "memory")
{
    var devices = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
    var perDevice = QuickBench.MeasureInventoryBytesPerDevice(devices);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Inventory of {devices:N0} Devices: {perDevice:F1} bytes per Device (allocated building it)."));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GB fleet of 60,000,000 Devices: about {perDevice * 60_000_000 / (1024 * 1024 * 1024):F2} GiB."));
    var history = QuickBench.MeasureHistoryBytesPerDevice(devices);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Status histories after a campaign (each Device Suspended and restored): {history:F1} bytes per Device more (kept after a full collection)."));
    return 0;
}

// "duis-throughput [seconds]" and "campaign [devices]" are the whole-process measures of bench/dcc-scale.sh.
if (args.Length > 0 && args[0] == "duis-throughput")
{
    Console.WriteLine(SecChange.Dcc.Benchmarks.ScaleMeasures.DuisThroughput(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10));
    return 0;
}

if (args.Length > 0 && args[0] == "campaign")
{
    Console.WriteLine(SecChange.Dcc.Benchmarks.ScaleMeasures.Campaign(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SecChange.Dcc.Benchmarks.AuthorisationBenchmarks).Assembly).Run(args);
return 0;
