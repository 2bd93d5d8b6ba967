using Microsoft.Extensions.Time.Testing;

namespace SecChange.Dcc.Cluster.Tests;

public class PartitionHoldTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    [Fact]
    public void TryTake_WhenAnotherOperationHolds_ReturnsTheHolder()
    {
        var hold = new PartitionHold(new FakeTimeProvider(), Lifetime);
        var first = Guid.NewGuid();
        hold.TryTake(first).ShouldBeNull();

        hold.TryTake(Guid.NewGuid()).ShouldBe(first);
        hold.Holds(first).ShouldBeTrue();
    }

    [Fact]
    public async Task WhenReleased_WhenTheHolderReleases_CompletesAndTheNextTakes()
    {
        var hold = new PartitionHold(new FakeTimeProvider(), Lifetime);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        hold.TryTake(first);
        var released = hold.WhenReleased(first);
        released.IsCompleted.ShouldBeFalse();

        hold.Release(first);

        await released;
        hold.TryTake(second).ShouldBeNull();
        hold.Holder.ShouldBe(second);
    }

    [Fact]
    public async Task TryTake_WhenTheHoldHasLapsed_TakesItOver()
    {
        var time = new FakeTimeProvider();
        var hold = new PartitionHold(time, Lifetime);
        var gone = Guid.NewGuid();
        var next = Guid.NewGuid();
        hold.TryTake(gone);
        var released = hold.WhenReleased(gone);
        time.Advance(Lifetime - TimeSpan.FromSeconds(1));
        hold.TryTake(next).ShouldBe(gone);
        released.IsCompleted.ShouldBeFalse();

        time.Advance(TimeSpan.FromSeconds(1));

        await released;
        hold.TryTake(next).ShouldBeNull();
        hold.Holds(gone).ShouldBeFalse();
    }

    [Fact]
    public void Release_WhenTheOperationDoesNotHold_LeavesTheHolder()
    {
        var hold = new PartitionHold(new FakeTimeProvider(), Lifetime);
        var holder = Guid.NewGuid();
        hold.TryTake(holder);

        hold.Release(Guid.NewGuid());

        hold.Holder.ShouldBe(holder);
    }
}
