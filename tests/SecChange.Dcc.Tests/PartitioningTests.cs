using SecChange.Dcc.Comparison;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Tests;

public class PartitioningTests
{
    /// <summary>A partition count that puts the GPF and the GSME it serves in different partitions.</summary>
    private static int SplittingGasPair() =>
        Enumerable.Range(2, 30).First(n => DevicePartitioning.PartitionOf(Scenario.Gpf, n) != DevicePartitioning.PartitionOf(Scenario.Gsme, n));

    private static ServiceRequest[] Script() =>
    [
        Scenario.ReadFirmware(Scenario.Esme, 10),
        Scenario.UpdateFirmware(Scenario.New, Scenario.Esme, Scenario.Gsme),
        Scenario.Activate(Scenario.Esme, 11),
        Scenario.Activate(Scenario.Gsme, 12),
        Scenario.ReadFirmware(Scenario.Gpf, 13),
        Scenario.ReadFirmware(Scenario.Gsme, 14),
        Scenario.ReadFirmware(Scenario.Chf, 15),
        ServiceRequest.ToDevice(Scenario.OtherSupplier, Scenario.Esme, 16, 1, "11.2"),
        Scenario.ReadFirmware(Scenario.Ihd, 17),
    ];

    private static List<string> Run(PartitionedDccSystem system)
    {
        var outbox = new ListOutbox();
        var seen = new List<string> { string.Join(",", system.RemoveFirmwareFromCpl(Scenario.GsmeModel, Scenario.Old).Suspended.Order()) };
        foreach (var request in Script())
        {
            outbox.Messages.Clear();
            var code = system.Submit(request, outbox);
            seen.Add($"{request.ServiceReference}->{request.RequestId.Target}:{code.Text()}:" +
                string.Join(",", outbox.Messages.Select(m => m is DccAlert a ? $"{a.Code}@{a.Device}>{a.Recipient}" : ((ServiceResponse)m).Code.Text())));
        }

        return seen;
    }

    [Fact]
    public void Submit_WhenFleetSplitOverPartitions_AnswersEveryRequestAsOnePartitionDoes()
    {
        var one = Run(Scenario.BuildPartitioned(Scenario.WithMp105, 1));
        var many = Run(Scenario.BuildPartitioned(Scenario.WithMp105, SplittingGasPair()));

        many.ShouldBe(one);
        one.ShouldContain(s => s.StartsWith("11.1->", StringComparison.Ordinal) && s.EndsWith(":I99:I0", StringComparison.Ordinal));
        one.ShouldContain(s => s.StartsWith("11.3->" + Scenario.Gsme, StringComparison.Ordinal) && s.Contains("N29", StringComparison.Ordinal));
    }

    [Fact]
    public void Submit_WhenGpfAndGsmeInDifferentPartitions_RaisesN52WithTheGsmeFromTheOtherPartition()
    {
        var system = Scenario.BuildPartitioned(Scenario.WithMp105, SplittingGasPair());
        var gsme = system.PartitionOf(Scenario.Gsme);
        system.Read(gsme, s =>
        {
            s.Devices.SetRunningFirmware(s.Row(Scenario.Gsme), Scenario.New);
            return true;
        });
        var outbox = new ListOutbox();

        system.Submit(Scenario.ReadFirmware(Scenario.Gpf), outbox).ShouldBe(ResponseCode.I99);

        var alert = outbox.Alerts.ShouldHaveSingleItem();
        alert.Code.ShouldBe(DccAlert.GsmeFirmwareVersionMismatch);
        alert.Device.ShouldBe(Scenario.Gsme);
        alert.Details.ShouldContain(new KeyValuePair<string, string>("ReportedFirmwareVersion", Scenario.New));
    }

    [Fact]
    public void RemoveFirmwareFromCpl_WhenMetersInEveryPartition_SuspendsThemAllBeforeTheNextRequest()
    {
        var system = PartitionedDccSystem.Create(4, Scenario.BeforeMp105, new FixedClock(Scenario.Start));
        var meters = FleetGenerator.Populate(system, new FleetSpec { Devices = 400 }, Scenario.Start);
        meters.ShouldAllBe(m => m.Count > 0);

        var removal = system.RemoveFirmwareFromCpl(null, "1.0");

        removal.Suspended.Count.ShouldBe(meters.Sum(m => m.Count));
        for (var p = 0; p < system.Count; p++)
        {
            var row = meters[p][0];
            var id = system.Partitions[p].Inventory.IdAt(row);
            system.Partitions[p].Inventory.StatusAt(row).ShouldBe(SmiStatus.Suspended);
            system.Submit(ServiceRequest.ToDevice(FleetGenerator.Supplier, id, 1, 1, "11.2"), NullOutbox.Instance).ShouldBe(ResponseCode.E5);
        }
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("other supplier")]
    public void Submit_WhenUpdateFirmwareSpansPartitionsAndOneDeviceFails_DistributesToNone(string failing)
    {
        var system = Scenario.BuildPartitioned(Scenario.WithMp105, SplittingGasPair());
        var bad = Eui64.Parse("00-DB-12-34-56-78-90-B7");
        if (failing == "other supplier")
        {
            system.Load(new Files.DeviceFileContent(
                [new DeviceRecord(bad, DeviceType.ESME, Scenario.EsmeModel, Scenario.Old, SmetsGeneration.Smets2, SmiStatus.Commissioned, Scenario.Start, Scenario.OtherSupplier, Scenario.Distributor)],
                [], [])).Success.ShouldBeTrue();
        }

        var code = system.Submit(Scenario.UpdateFirmware(Scenario.New, Scenario.Esme, Scenario.Gsme, Scenario.Gpf, bad), NullOutbox.Instance);

        code.ShouldBe(failing == "unknown" ? ResponseCode.E19 : ResponseCode.E4);
        foreach (var id in new[] { Scenario.Esme, Scenario.Gsme, Scenario.Gpf })
        {
            system.Read(system.PartitionOf(id), s => s.Devices.PendingFirmware(s.Row(id))).ShouldBeNull();
        }
    }

    [Fact]
    public void Submit_WhenUpdateFirmwareSpansPartitions_DistributesToEveryDeviceAndAnswersOnce()
    {
        var system = Scenario.BuildPartitioned(Scenario.WithMp105, SplittingGasPair());
        var outbox = new ListOutbox();

        system.Submit(Scenario.UpdateFirmware(Scenario.New, Scenario.Esme, Scenario.Gsme, Scenario.Gpf), outbox).ShouldBe(ResponseCode.I99);

        outbox.Responses.ShouldHaveSingleItem().Code.ShouldBe(ResponseCode.I0);
        system.Overview().Statistics.Requests.ShouldBe(1);
        foreach (var id in new[] { Scenario.Esme, Scenario.Gsme, Scenario.Gpf })
        {
            system.Read(system.PartitionOf(id), s => s.Devices.PendingFirmware(s.Row(id))).ShouldBe(Scenario.New);
        }
    }

    [Fact]
    public void Run_WhenFleetSplitOverMorePartitions_GivesTheSameCampaign()
    {
        var spec = new FleetSpec { Devices = 3000, Campaign = new CampaignSettings { LossRate = 0.2, Seed = 7 } };

        var one = FirmwareCampaign.Run(spec, Scenario.WithMp105, new FixedClock(Scenario.Start), partitions: 1);
        var four = FirmwareCampaign.Run(spec, Scenario.WithMp105, new FixedClock(Scenario.Start), partitions: 4);

        four.Partitions.ShouldBe(4);
        // Only the number of SR 11.1 requests differs: each partition sends its own batches of up to 1000 per
        // Device type (ESME, GSME), so at most one more per type for each partition beyond the first.
        (four with { ElapsedSeconds = 0, Partitions = 1, RequestsSent = one.RequestsSent, RejectionsByCode = one.RejectionsByCode, LostByServiceReference = one.LostByServiceReference })
            .ShouldBe(one with { ElapsedSeconds = 0 });
        four.RequestsSent.ShouldBeInRange(one.RequestsSent, one.RequestsSent + (3 * 2));
        four.RejectionsByCode.ShouldBe(one.RejectionsByCode);
        four.LostByServiceReference.ShouldBe(one.LostByServiceReference);
        one.ResponsesLost.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void PartitionOf_WhenIdsAreConsecutive_SpreadsThemEvenly()
    {
        var counts = new int[4];
        for (ulong i = 0; i < 40_000; i++)
        {
            counts[DevicePartitioning.PartitionOf(new Eui64(0x00DB_5100_0000_0000UL + i), 4)]++;
        }

        counts.ShouldAllBe(c => c > 9_500 && c < 10_500);
    }
}
