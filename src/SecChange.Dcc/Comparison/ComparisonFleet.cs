using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Files;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Comparison;

/// <summary>
/// The Devices and CPL a comparison runs over, built afresh for each rule set so both runs start equal:
/// a Device file (the shipped sample fleet or the caller's), or a generated fleet of meters.
/// </summary>
public abstract class ComparisonFleet
{
    private static readonly Lazy<DeviceFileContent> Sample = new(() =>
    {
        var result = DeviceFile.Read(EmbeddedData.Read("sample-fleet.json"), Instant.FromUtc(2021, 1, 4, 0, 0));
        return result.Content ?? throw new InvalidOperationException("The shipped sample fleet does not read: " + string.Join("; ", result.Errors));
    });

    /// <summary>What the fleet is, in words (e.g. "the sample fleet: 306 Devices").</summary>
    public abstract string Description { get; }

    /// <summary>The shipped sample fleet (<c>samples/dcc/fleet.json</c>): a few hundred Devices of every type on the sample CPL.</summary>
    public static ComparisonFleet SampleFleet { get; } = new FileFleet(Sample.Value, "the sample fleet");

    /// <summary>The Devices and CPL of a Device file.</summary>
    public static ComparisonFleet FromFile(DeviceFileContent content, string name) => new FileFleet(content, name);

    /// <summary>A generated fleet of premises (ESME, and with gas a GSME and its GPF).</summary>
    public static ComparisonFleet Generated(FleetSpec spec) => new GeneratedFleet(spec.Validated());

    /// <summary>A fresh DCC System holding the fleet, under a rule set.</summary>
    public abstract DccSystem Build(RuleSet ruleSet, IClock clock, DeviceSimulationOptions options);

    private sealed class FileFleet(DeviceFileContent content, string name) : ComparisonFleet
    {
        public override string Description => $"{name}: {content.Devices.Count:N0} Devices, {content.Cpl.Count} CPL entries";

        public override DccSystem Build(RuleSet ruleSet, IClock clock, DeviceSimulationOptions options)
        {
            var system = new DccSystem(ruleSet, clock, options, new SmartMeteringInventory(Math.Max(16, content.Devices.Count)));
            content.LoadInto(system);
            return system;
        }
    }

    private sealed class GeneratedFleet(FleetSpec spec) : ComparisonFleet
    {
        public override string Description => $"a generated fleet: {spec.Devices:N0} Devices (ESME, GSME, GPF)";

        public override DccSystem Build(RuleSet ruleSet, IClock clock, DeviceSimulationOptions options)
        {
            var system = new DccSystem(ruleSet, clock, options, new SmartMeteringInventory(spec.Devices));
            FleetGenerator.Populate(system, spec, clock.GetCurrentInstant());
            return system;
        }
    }
}
