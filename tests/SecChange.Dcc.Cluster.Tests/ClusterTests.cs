using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Dcc.Cluster.Tests;

public class ClusterTests
{
    private static readonly FixedClock Clock = TestFleet.Clock;

    private static DeviceFileContent Fleet() => TestFleet.Content();

    private static ServiceRequest ReadFirmware(Eui64 device, ulong counter) => ServiceRequest.ToDevice(FleetGenerator.Supplier, device, counter, 1, "11.2");

    private static string Describe(SubmitResult result) =>
        result.Code.Text() + ":" + string.Join(",", result.Messages.Select(m => m is DccAlert a ? $"{a.Code}@{a.Device}" : ((ServiceResponse)m).Code.Text() + "/" + ((ServiceResponse)m).Reply?.FirmwareVersion));

    private static async Task RequestsAnsweredAsInOneProcessAsync(TwoSilos cluster)
    {
        var fleet = Fleet();
        IDccService reference = PartitionedDccSystem.Create(1, BehaviourCatalogue.Default.Baseline, Clock);
        (await reference.LoadAsync(fleet)).Success.ShouldBeTrue();

        var load = await cluster.First.LoadAsync(fleet);

        load.Success.ShouldBeTrue(load.Problem);
        load.Devices.ShouldBe(400);
        var silos = await cluster.First.SilosAsync();
        silos.Distinct().Count().ShouldBe(2);

        // Every Device, asked through either host, answers as in one process; the GPFs' GSMEs live anywhere.
        ulong counter = 1;
        foreach (var device in fleet.Devices)
        {
            var via = counter % 2 == 0 ? cluster.First : cluster.Second;
            var request = ReadFirmware(device.Id, counter++);
            Describe(await via.SubmitAsync(request)).ShouldBe(Describe(await reference.SubmitAsync(request)), $"Device {device.Id}");
        }

        // A CPL removal through the second host suspends the meters in every partition, on both silos.
        var removal = await cluster.Second.RemoveFirmwareFromCplAsync(null, "1.0");
        var expected = await reference.RemoveFirmwareFromCplAsync(null, "1.0");
        removal.Suspended.Order().ShouldBe(expected.Suspended.Order());
        var meters = fleet.Devices.Where(d => d.Type is DeviceType.ESME or DeviceType.GSME).ToList();
        var suspendedOn = new HashSet<string>();
        foreach (var meter in meters)
        {
            (await cluster.First.FindDeviceAsync(meter.Id))!.Record.Status.ShouldBe(SmiStatus.Suspended);
            suspendedOn.Add(silos[DevicePartitioning.PartitionOf(meter.Id, TwoSilos.Partitions)]);
            (await cluster.First.SubmitAsync(ReadFirmware(meter.Id, counter++))).Code.ShouldBe(ResponseCode.E5);
        }

        suspendedOn.Count.ShouldBe(2);
        var overview = await cluster.Second.OverviewAsync();
        overview.Statistics.DevicesSuspended.ShouldBe(meters.Count);
        overview.Partitions.ShouldBe(TwoSilos.Partitions);
    }

    [Fact]
    public async Task Submit_WhenPartitionsLiveOnTwoLocalhostSilos_AnswersEveryDeviceAndCplRemovalReachesBoth()
    {
        await using var cluster = await TwoSilos.StartAsync(Clock);

        await RequestsAnsweredAsInOneProcessAsync(cluster);
    }

    [PostgresFact]
    public async Task Submit_WhenSilosClusterThroughPostgres_AnswersEveryDeviceAndCplRemovalReachesBoth()
    {
        var connection = await TestSchemas.CreateAsync("dcc_cluster_");
        await using var cluster = await TwoSilos.StartAsync(Clock, connection);

        await RequestsAnsweredAsInOneProcessAsync(cluster);
    }

    [Fact]
    public async Task Submit_WhenUpdateFirmwareSpansSilosAndOneDeviceIsUnknown_DistributesToNone()
    {
        await using var cluster = await TwoSilos.StartAsync(Clock);
        var fleet = Fleet();
        (await cluster.First.LoadAsync(fleet)).Success.ShouldBeTrue();
        var meters = fleet.Devices.Where(d => d.Type == DeviceType.ESME).Take(20).Select(d => d.Id).ToList();
        var update = TestFleet.UpdateFirmware("2.0", 1);

        (await cluster.First.SubmitAsync(update with { DeviceIdList = [.. meters, new Eui64(1)] })).Code.ShouldBe(ResponseCode.E19);
        foreach (var meter in meters)
        {
            (await cluster.First.SubmitAsync(TestFleet.ActivateFirmware(meter, 2))).Messages
                .OfType<ServiceResponse>().Single().Reply!.Outcome.ShouldBe(Devices.ActivationOutcome.AlreadyActive);
        }

        var accepted = await cluster.First.SubmitAsync(update with { DeviceIdList = meters });
        accepted.Code.ShouldBe(ResponseCode.I99);
        accepted.Messages.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Load_WhenOneDeviceIsAlreadyLoaded_AddsNothingOnEitherSiloAndReleasesThem()
    {
        await using var cluster = await TwoSilos.StartAsync(Clock);
        var fleet = Fleet();
        (await cluster.First.LoadAsync(fleet with { Devices = [.. fleet.Devices.Take(1)] })).Success.ShouldBeTrue();

        var result = await cluster.Second.LoadAsync(fleet);

        result.Refusal.ShouldBe(LoadRefusal.DuplicateDevice);
        (await cluster.First.OverviewAsync()).Devices.ShouldBe(1);
        (await cluster.Second.LoadAsync(fleet with { Devices = [.. fleet.Devices.Skip(1)] })).Success.ShouldBeTrue("the refused load released every grain");
        (await cluster.First.OverviewAsync()).Devices.ShouldBe(400);
    }
}
