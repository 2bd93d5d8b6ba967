using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Dcc.Comparison;
using SecChange.Dcc.Performance;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Benchmarks;

/// <summary>Fleet-scale measures: building a 10-million-Device inventory (allocated bytes / 10M ≈ bytes per Device) and a 1-million-Device campaign.</summary>
[Config(typeof(ShortInProcessConfig))]
public class ScaleBenchmarks
{
    [Benchmark(Description = "Build inventory of 10,000,000 Devices")]
    public double BuildInventory10M() => QuickBench.MeasureInventoryBytesPerDevice(10_000_000);

    [Benchmark(Description = "Firmware campaign over 1,000,000 Devices (MP105, 20% loss)")]
    public int Campaign1M() =>
        FirmwareCampaign.Run(new FleetSpec { Devices = 1_000_000, Campaign = new CampaignSettings { LossRate = 0.2 } }, BehaviourCatalogue.Default.Compose(["MP105"]), SystemClock.Instance).EndedSuspended;
}
