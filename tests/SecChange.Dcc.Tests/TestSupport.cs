using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Products;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;

namespace SecChange.Dcc.Tests;

/// <summary>Builds small DCC systems matching the DCC reference test messages' ids.</summary>
public static class Scenario
{
    public static readonly Instant Start = Instant.FromUtc(2021, 11, 4, 9, 0);
    public static readonly Eui64 Supplier = Eui64.Parse("90-B3-D5-1F-30-01-00-00");
    public static readonly Eui64 OtherSupplier = Eui64.Parse("90-B3-D5-1F-30-01-00-99");
    public static readonly Eui64 Distributor = Eui64.Parse("90-B3-D5-1F-30-02-00-00");
    public static readonly Eui64 Transporter = Eui64.Parse("90-B3-D5-1F-30-03-00-00");

    /// <summary>The ESME of the reference messages.</summary>
    public static readonly Eui64 Esme = Eui64.Parse("00-DB-12-34-56-78-90-A0");

    /// <summary>The GSME of the reference messages.</summary>
    public static readonly Eui64 Gsme = Eui64.Parse("00-DB-12-34-56-78-90-A1");

    public static readonly Eui64 Gpf = Eui64.Parse("00-DB-12-34-56-78-90-A2");
    public static readonly Eui64 Chf = Eui64.Parse("00-DB-12-34-56-78-90-A3");
    public static readonly Eui64 Ppmid = Eui64.Parse("00-DB-12-34-56-78-90-A4");
    public static readonly Eui64 Ihd = Eui64.Parse("00-DB-12-34-56-78-90-A5");

    public const string EsmeModel = "ACME-E1";
    public const string GsmeModel = "ACME-G1";
    public const string Old = "1.0";
    public const string New = "2.0";

    public static RuleSet BeforeMp105 => BehaviourCatalogue.Default.Baseline;

    public static RuleSet WithMp105 => BehaviourCatalogue.Default.ComposeExactly(["MP105"]);

    /// <summary>The baseline plus the behaviours of comma-separated register references ("" for the baseline).</summary>
    public static RuleSet With(string references) =>
        BehaviourCatalogue.Default.ComposeExactly(references.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>ESME, GSME (with its GPF), CHF, PPMID and IHD, meters on firmware 1.0, all Commissioned.</summary>
    public static DccSystem Build(RuleSet ruleSet, SmetsGeneration generation = SmetsGeneration.Smets2, DeviceSimulationOptions? options = null, FixedClock? clock = null)
    {
        var system = new DccSystem(ruleSet, clock ?? new FixedClock(Start), options);
        system.Users.Add(new DccUser(OtherSupplier, UserRole.IS));
        foreach (var model in new[] { EsmeModel, GsmeModel })
        {
            system.Cpl.Add(new CplEntry(model, Old, "4.0"));
            system.Cpl.Add(new CplEntry(model, New, "4.2"));
        }

        system.Cpl.Add(new CplEntry("ACME-GPF", "G1", "4.2"));
        system.Cpl.Add(new CplEntry("ACME-CHF", "C1", "4.2"));
        system.Cpl.Add(new CplEntry("ACME-PPMID", "P1", "4.2"));
        var inv = system.Inventory;
        inv.Add(Device(Esme, DeviceType.ESME, EsmeModel, Old, generation, Distributor));
        var gsme = inv.Add(Device(Gsme, DeviceType.GSME, GsmeModel, Old, generation, Transporter));
        var gpf = inv.Add(Device(Gpf, DeviceType.GPF, "ACME-GPF", "G1", generation, Transporter));
        inv.PairGasProxy(gpf, gsme);
        inv.Add(Device(Chf, DeviceType.CHF, "ACME-CHF", "C1", generation, Distributor));
        inv.Add(Device(Ppmid, DeviceType.PPMID, "ACME-PPMID", "P1", generation, Distributor));
        inv.Add(new DeviceRecord(Ihd, DeviceType.IHD, "ACME-IHD", null, generation, SmiStatus.None, Start, Supplier, Distributor));
        return system;
    }

    public static DeviceRecord Device(Eui64 id, DeviceType type, string model, string firmware, SmetsGeneration generation, Eui64 network,
        SmiStatus status = SmiStatus.Commissioned) =>
        new(id, type, model, firmware, generation, status, Start, Supplier, network);

    /// <summary>SR 11.1 from the Supplier distributing <paramref name="version"/> to the Devices.</summary>
    public static ServiceRequest UpdateFirmware(string version, params Eui64[] devices) =>
        new(new RequestId(Supplier, WellKnownIds.DccAccessControlBroker, 1), 8, "11.1", "11.1") { FirmwareVersion = version, DeviceIdList = devices };

    public static ServiceRequest Activate(Eui64 device, ulong counter = 2) => ServiceRequest.ToDevice(Supplier, device, counter, 4, "11.3");

    public static ServiceRequest ReadFirmware(Eui64 device, ulong counter = 3) => ServiceRequest.ToDevice(Supplier, device, counter, 1, "11.2");

    /// <summary>The same Devices and CPL as <see cref="Build"/>, split by Device id over <paramref name="partitions"/>.</summary>
    public static PartitionedDccSystem BuildPartitioned(RuleSet ruleSet, int partitions, DeviceSimulationOptions? options = null)
    {
        var single = Build(ruleSet, options: options);
        var system = PartitionedDccSystem.Create(partitions, ruleSet, new FixedClock(Start), options);
        foreach (var p in system.Partitions)
        {
            p.Users.Add(new DccUser(OtherSupplier, UserRole.IS));
        }

        system.Load(ContentOf(single)).Success.ShouldBeTrue();
        return system;
    }

    /// <summary>A system's Devices, CPL and GPF pairs as a Device file would give them.</summary>
    public static Files.DeviceFileContent ContentOf(DccSystem system)
    {
        var inv = system.Inventory;
        var pairs = Enumerable.Range(0, inv.Count)
            .Where(row => inv.GsmeIdServedBy(row) is not null)
            .Select(row => (inv.IdAt(row), inv.GsmeIdServedBy(row)!.Value)).ToList();
        return new Files.DeviceFileContent([.. inv.All()], [.. system.Cpl.Entries], pairs);
    }

    /// <summary>The one partition behind a gateway built over a single <see cref="DccSystem"/>.</summary>
    public static DccSystem SingleSystem(this Duis.DuisGateway gateway) => ((PartitionedDccSystem)gateway.Dsp).Partitions.Single();

    public static int Row(this DccSystem system, Eui64 id) => system.Inventory.RowOf(id);

    public static SmiStatus StatusOf(this DccSystem system, Eui64 id) => system.Inventory.StatusAt(system.Row(id));

    public static string? FirmwareOf(this DccSystem system, Eui64 id) => system.Inventory.FirmwareAt(system.Row(id));
}

/// <summary>The DUIS reference messages kept in tests/TestData.</summary>
public static class ReferenceMessages
{
    public static string Path(string fileName) => RepoPaths.DuisTemplate(fileName);

    public static string Read(string fileName) => File.ReadAllText(Path(fileName));

    public static IEnumerable<string> All() => Directory.EnumerateFiles(RepoPaths.DuisTemplates, "*.XML").Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
