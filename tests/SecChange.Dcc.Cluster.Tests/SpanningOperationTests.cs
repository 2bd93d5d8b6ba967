using SecChange.Dcc.Devices;
using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Cluster.Tests;

/// <summary>
/// Operations spanning partitions on two silos, interleaved deterministically: one is paused between its
/// prepare and its commit (or its phases are called one partition at a time) while another runs.
/// </summary>
public class SpanningOperationTests
{
    /// <summary>Loads the fleet; 20 of its SMETS2 ESMEs (they report the version they activate), in partitions on both silos.</summary>
    private static async Task<List<Eui64>> LoadMetersOnBothSilosAsync(TwoSilos cluster)
    {
        var fleet = TestFleet.Content();
        (await cluster.First.LoadAsync(fleet)).Success.ShouldBeTrue();
        var silos = await cluster.First.SilosAsync();
        var meters = fleet.Devices.Where(d => d.Type == DeviceType.ESME && d.Generation == SmetsGeneration.Smets2)
            .Take(20).Select(d => d.Id).ToList();
        meters.Select(m => silos[DevicePartitioning.PartitionOf(m, TwoSilos.Partitions)]).Distinct().Count().ShouldBe(2);
        return meters;
    }

    /// <summary>What each Device activates when asked to: its outcome and the version it then runs.</summary>
    private static async Task<List<string>> ActivationsAsync(IDccService dsp, IEnumerable<Eui64> devices, ulong counter)
    {
        var activations = new List<string>();
        foreach (var device in devices)
        {
            var reply = (await dsp.SubmitAsync(TestFleet.ActivateFirmware(device, counter++))).Messages.OfType<ServiceResponse>().Single().Reply!;
            activations.Add($"{reply.Outcome} {reply.FirmwareVersion}");
        }

        return activations;
    }

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task RemoveFirmwareFromCpl_WhenAnUpdateAcrossSilosIsPrepared_WaitsUntilEveryDeviceIsUpdated()
    {
        await using var cluster = await TwoSilos.StartAsync(TestFleet.Clock);
        var meters = await LoadMetersOnBothSilosAsync(cluster);
        var prepared = Signal();
        var resume = Signal();
        var waiting = Signal();
        var updater = cluster.Coordinator(0, new SpanningOperationHooks { Prepared = () => { prepared.SetResult(); return resume.Task; } });
        var remover = cluster.Coordinator(1, new SpanningOperationHooks { Waiting = () => waiting.TrySetResult() });

        var update = updater.SubmitAsync(TestFleet.UpdateFirmware("2.0", 1, meters)).AsTask();
        await prepared.Task;
        var removal = remover.RemoveFirmwareFromCplAsync(null, "1.0").AsTask();
        var first = await Task.WhenAny(waiting.Task, removal);
        resume.SetResult();

        first.ShouldBeSameAs(waiting.Task, "the removal must not apply between the update's check and its distribution");
        (await update).Code.ShouldBe(ResponseCode.I99);
        (await removal).Suspended.ShouldContain(meters[0]);
        foreach (var meter in meters)
        {
            (await cluster.Second.FindDeviceAsync(meter))!.Record.Status.ShouldBe(SmiStatus.Suspended);
        }

        (await ActivationsAsync(cluster.Second, meters, 10)).ShouldAllBe(a => a == "Activated 2.0");
    }

    [Fact]
    public async Task UpdateFirmware_WhenAnOverlappingUpdateRunsBetweenItsCommits_EveryDeviceEndsOnOneImage()
    {
        await using var cluster = await TwoSilos.StartAsync(TestFleet.Clock);
        var meters = await LoadMetersOnBothSilosAsync(cluster);
        var whole = RequestMessage.From(TestFleet.UpdateFirmware("2.0", 1, meters));
        var parts = meters.GroupBy(m => DevicePartitioning.PartitionOf(m, TwoSilos.Partitions)).OrderBy(g => g.Key)
            .Select(g => (Grain: cluster.Grains.GetGrain<IDccPartitionGrain>(g.Key),
                Part: RequestMessage.From(TestFleet.UpdateFirmware("2.0", 1, g)))).ToList();
        var update = Guid.NewGuid();
        foreach (var (grain, part) in parts)
        {
            (await grain.Hold(update)).ShouldBeNull();
            (await grain.Authorise(part)).ShouldBe(ResponseCode.I99);
        }

        // The first partition commits image 2.0; an update to image 3.0 of the same Devices starts; the rest commit.
        await parts[0].Grain.Commit(update, whole, parts[0].Part, ResponseCode.I99, answers: true);
        var waiting = Signal();
        var overlapping = cluster.Coordinator(1, new SpanningOperationHooks { Waiting = () => waiting.TrySetResult() })
            .SubmitAsync(TestFleet.UpdateFirmware("3.0", 2, meters)).AsTask();
        var first = await Task.WhenAny(waiting.Task, overlapping);
        foreach (var (grain, part) in parts.Skip(1))
        {
            await grain.Commit(update, whole, part, ResponseCode.I99, answers: false);
        }

        (await overlapping).Code.ShouldBe(ResponseCode.I99);
        (await ActivationsAsync(cluster.Second, meters, 10)).ShouldAllBe(a => a == "Activated 3.0");
        first.ShouldBeSameAs(waiting.Task);
    }

    [Fact]
    public async Task RemoveFirmwareFromCpl_WhenALoadIsCommittedInOnePartitionOnly_WaitsAndSuspendsEveryLoadedDevice()
    {
        await using var cluster = await TwoSilos.StartAsync(TestFleet.Clock);
        var fleet = TestFleet.Content();
        var grains = Enumerable.Range(0, TwoSilos.Partitions).Select(p => cluster.Grains.GetGrain<IDccPartitionGrain>(p)).ToList();
        var extras = new LoadExtras { Cpl = [.. fleet.Cpl.Select(CplEntryMessage.From)] };
        var load = Guid.NewGuid();
        for (var p = 0; p < grains.Count; p++)
        {
            (await grains[p].Hold(load)).ShouldBeNull();
            var devices = fleet.Devices.Where(d => DevicePartitioning.PartitionOf(d.Id, TwoSilos.Partitions) == p).Select(DeviceMessage.From).ToArray();
            (await grains[p].PrepareLoad(load, devices)).ShouldBeNull();
        }

        // The load commits in partition 0; the removal of its meters' firmware starts; the rest commit.
        await grains[0].CommitLoad(load, extras);
        var waiting = Signal();
        var removal = cluster.Coordinator(1, new SpanningOperationHooks { Waiting = () => waiting.TrySetResult() })
            .RemoveFirmwareFromCplAsync(null, "1.0").AsTask();
        var first = await Task.WhenAny(waiting.Task, removal);
        foreach (var grain in grains.Skip(1))
        {
            await grain.CommitLoad(load, extras);
        }

        await removal;
        var meters = fleet.Devices.Where(d => d.Type is DeviceType.ESME or DeviceType.GSME).ToList();
        var statuses = new List<SmiStatus>();
        foreach (var meter in meters)
        {
            statuses.Add((await cluster.Second.FindDeviceAsync(meter.Id))!.Record.Status);
        }

        statuses.ShouldAllBe(s => s == SmiStatus.Suspended);
        (await removal).Suspended.Count.ShouldBe(meters.Count);
        first.ShouldBeSameAs(waiting.Task);
    }

    [Fact]
    public async Task Load_WhenAConflictingLoadIsPrepared_WaitsAndIsRefusedOnceItCommits()
    {
        await using var cluster = await TwoSilos.StartAsync(TestFleet.Clock);
        var fleet = TestFleet.Content();
        var half = fleet with { Devices = [.. fleet.Devices.Take(200)] };
        var prepared = Signal();
        var resume = Signal();
        var waiting = Signal();
        var firstLoader = cluster.Coordinator(0, new SpanningOperationHooks { Prepared = () => { prepared.SetResult(); return resume.Task; } });
        var secondLoader = cluster.Coordinator(1, new SpanningOperationHooks { Waiting = () => waiting.TrySetResult() });

        var firstLoad = firstLoader.LoadAsync(half).AsTask();
        await prepared.Task;
        var secondLoad = secondLoader.LoadAsync(fleet).AsTask();
        var first = await Task.WhenAny(waiting.Task, secondLoad);
        resume.SetResult();

        first.ShouldBeSameAs(waiting.Task, "a load must not check its Devices while another load holds them unapplied");
        (await firstLoad).Success.ShouldBeTrue();
        (await secondLoad).Refusal.ShouldBe(LoadRefusal.DuplicateDevice);
        (await cluster.Second.OverviewAsync()).Devices.ShouldBe(200);
    }

    [Fact]
    public async Task RemoveFirmwareFromCpl_WhenTheOperationHoldingAGrainIsGone_ProceedsOnceTheHoldLapses()
    {
        await using var cluster = await TwoSilos.StartAsync(TestFleet.Clock);
        var meters = await LoadMetersOnBothSilosAsync(cluster);
        var gone = Guid.NewGuid();
        (await cluster.Grains.GetGrain<IDccPartitionGrain>(TwoSilos.Partitions - 1).Hold(gone)).ShouldBeNull();
        var waiting = Signal();
        var removal = cluster.Coordinator(1, new SpanningOperationHooks { Waiting = () => waiting.TrySetResult() })
            .RemoveFirmwareFromCplAsync(null, "1.0").AsTask();

        await Task.WhenAny(waiting.Task, removal);
        removal.IsCompleted.ShouldBeFalse();
        cluster.Time.Advance(new DccClusterOptions().HoldLifetime);

        (await removal).Suspended.ShouldContain(meters[0]);
        (await cluster.First.FindDeviceAsync(meters[^1]))!.Record.Status.ShouldBe(SmiStatus.Suspended);
    }
}
