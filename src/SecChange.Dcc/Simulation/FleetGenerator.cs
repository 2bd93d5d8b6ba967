using NodaTime;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Products;

namespace SecChange.Dcc.Simulation;

/// <summary>Generates a fleet of premises (ESME, and with gas a GSME and its GPF) into a <see cref="DccSystem"/>.</summary>
public static class FleetGenerator
{
    /// <summary>The Import Supplier of every generated Device: the reference messages' Supplier User.</summary>
    public static readonly Eui64 Supplier = Eui64.Parse("90-B3-D5-1F-30-01-00-00");

    /// <summary>The Electricity Distributor of generated ESMEs.</summary>
    public static readonly Eui64 ElectricityDistributor = Eui64.Parse("90-B3-D5-1F-30-02-00-00");

    /// <summary>The Gas Transporter of generated GSMEs and GPFs.</summary>
    public static readonly Eui64 GasTransporter = Eui64.Parse("90-B3-D5-1F-30-03-00-00");

    public const string EsmeModel = "SIM-ESME-A";
    public const string GsmeModel = "SIM-GSME-A";
    public const string GpfModel = "SIM-CH-GPF";
    public const string GpfFirmware = "CH-1.0";

    private const ulong FirstId = 0x00DB_5100_0000_0000UL;

    /// <summary>Adds the CPL entries and the Devices; returns the rows of the meters (ESME and GSME).</summary>
    public static List<int> Populate(DccSystem system, FleetSpec spec, Instant at) =>
        Populate(new PartitionedDccSystem(system), spec, at)[0];

    /// <summary>
    /// Adds the CPL entries to every partition and each Device to the partition that owns it; returns the
    /// rows of the meters (ESME and GSME) per partition. The fleet is the same whatever the partition count.
    /// </summary>
    public static List<int>[] Populate(PartitionedDccSystem system, FleetSpec spec, Instant at)
    {
        ArgumentNullException.ThrowIfNull(system);
        spec = spec.Validated();
        foreach (var model in new[] { EsmeModel, GsmeModel })
        {
            system.AddToCpl(new CplEntry(model, spec.Campaign.OldFirmware, "4.0"));
            system.AddToCpl(new CplEntry(model, spec.Campaign.NewFirmware, "4.2"));
        }

        system.AddToCpl(new CplEntry(GpfModel, GpfFirmware, "4.2"));

        var random = new Random(spec.Campaign.Seed);
        var meters = Enumerable.Range(0, system.Count).Select(_ => new List<int>(spec.Devices / system.Count + 16)).ToArray();
        var next = FirstId;
        var added = 0;
        while (added < spec.Devices)
        {
            var generation = random.NextDouble() < spec.Smets1Share ? SmetsGeneration.Smets1 : SmetsGeneration.Smets2;
            var esme = new Eui64(next++);
            var (p, row) = Add(system, esme, DeviceType.ESME, EsmeModel, spec.Campaign.OldFirmware, generation, at, ElectricityDistributor);
            meters[p].Add(row);
            added++;
            if (added + 2 > spec.Devices || random.NextDouble() >= spec.GasShare)
            {
                continue;
            }

            var gsme = new Eui64(next++);
            var (gsmePartition, gsmeRow) = Add(system, gsme, DeviceType.GSME, GsmeModel, spec.Campaign.OldFirmware, generation, at, GasTransporter);
            var (gpfPartition, gpfRow) = Add(system, new Eui64(next++), DeviceType.GPF, GpfModel, GpfFirmware, generation, at, GasTransporter);
            system.Partitions[gpfPartition].Inventory.PairGasProxy(gpfRow, gsme);
            meters[gsmePartition].Add(gsmeRow);
            added += 2;
        }

        return meters;
    }

    private static (int Partition, int Row) Add(
        PartitionedDccSystem system, Eui64 id, DeviceType type, string model, string firmware, SmetsGeneration generation, Instant at, Eui64 network)
    {
        var p = system.PartitionOf(id);
        return (p, system.Partitions[p].Inventory.AddUnchecked(id, type, model, firmware, generation, SmiStatus.Commissioned, at, Supplier, network));
    }
}
