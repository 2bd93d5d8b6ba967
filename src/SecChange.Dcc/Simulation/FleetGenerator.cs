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
    public static List<int> Populate(DccSystem system, FleetSpec spec, Instant at)
    {
        ArgumentNullException.ThrowIfNull(system);
        spec = spec.Validated();
        foreach (var model in new[] { EsmeModel, GsmeModel })
        {
            system.Cpl.Add(new CplEntry(model, spec.OldFirmware, "4.0"));
            system.Cpl.Add(new CplEntry(model, spec.NewFirmware, "4.2"));
        }

        system.Cpl.Add(new CplEntry(GpfModel, GpfFirmware, "4.2"));

        var random = new Random(spec.Seed);
        var inventory = system.Inventory;
        var meters = new List<int>(spec.Devices);
        var next = FirstId;
        var added = 0;
        while (added < spec.Devices)
        {
            var generation = random.NextDouble() < spec.Smets1Share ? SmetsGeneration.Smets1 : SmetsGeneration.Smets2;
            meters.Add(inventory.AddUnchecked(new Eui64(next++), DeviceType.ESME, EsmeModel, spec.OldFirmware, generation,
                SmiStatus.Commissioned, at, Supplier, ElectricityDistributor));
            added++;
            if (added + 2 > spec.Devices || random.NextDouble() >= spec.GasShare)
            {
                continue;
            }

            var gsme = inventory.AddUnchecked(new Eui64(next++), DeviceType.GSME, GsmeModel, spec.OldFirmware, generation,
                SmiStatus.Commissioned, at, Supplier, GasTransporter);
            var gpf = inventory.AddUnchecked(new Eui64(next++), DeviceType.GPF, GpfModel, GpfFirmware, generation,
                SmiStatus.Commissioned, at, Supplier, GasTransporter);
            inventory.PairGasProxy(gpf, gsme);
            meters.Add(gsme);
            added += 2;
        }

        return meters;
    }
}
