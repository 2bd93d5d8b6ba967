using NodaTime;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Tests;

/// <summary>Status histories kept compactly in one shared store, read back in full.</summary>
public class StatusHistoryTests
{
    private static readonly Instant Loaded = Scenario.Start;

    private static SmartMeteringInventory Meters(int count, int capacity)
    {
        var inventory = new SmartMeteringInventory(capacity);
        for (var i = 0; i < count; i++)
        {
            inventory.Add(Scenario.Device(new Eui64(0x00DB_0000_0000_0000UL + (ulong)i), DeviceType.ESME, "M", "1.0", SmetsGeneration.Smets2, Scenario.Distributor));
        }

        return inventory;
    }

    [Fact]
    public void HistoryOf_WhenManyDevicesChangeInTurn_GivesEachItsOwnChangesInOrder()
    {
        var inventory = Meters(3_000, 16);

        // Interleaved changes across rows fill several chunks of the shared store.
        for (var round = 1; round <= 3; round++)
        {
            for (var row = 0; row < inventory.Count; row++)
            {
                var at = Loaded + Duration.FromMinutes((round * 10_000) + row);
                if (inventory.StatusAt(row) == SmiStatus.Suspended)
                {
                    inventory.RestoreFromSuspension(row, at, $"restored in round {round}");
                }
                else
                {
                    inventory.Suspend(row, at, $"suspended in round {round}");
                }
            }
        }

        var history = inventory.HistoryOf(1_234);
        history.Select(h => (h.From, h.To)).ShouldBe([
            (SmiStatus.None, SmiStatus.Commissioned), (SmiStatus.Commissioned, SmiStatus.Suspended),
            (SmiStatus.Suspended, SmiStatus.Commissioned), (SmiStatus.Commissioned, SmiStatus.Suspended)]);
        history.Select(h => h.Reason).ShouldBe(["loaded", "suspended in round 1", "restored in round 2", "suspended in round 3"]);
        history[0].At.ShouldBe(Loaded);
        history[^1].At.ShouldBe(Loaded + Duration.FromMinutes(30_000 + 1_234));
        inventory.HasChangedStatus(1_234).ShouldBeTrue();
    }

    [Fact]
    public void HistoryOf_WhenDevicesAddedAfterAChange_KeepsEveryHistory()
    {
        var inventory = Meters(10, 16);
        inventory.Suspend(3, Loaded + Duration.FromHours(1), "removed");

        // The inventory grows past its capacity: the column of newest changes grows with it.
        var added = inventory.Add(Scenario.Device(Eui64.Parse("00-DB-00-00-00-01-00-00"), DeviceType.GSME, "G", "1.0", SmetsGeneration.Smets2, Scenario.Transporter));
        for (var i = 0; i < 40; i++)
        {
            inventory.Add(Scenario.Device(new Eui64(0x00DB_0000_0002_0000UL + (ulong)i), DeviceType.ESME, "M", "1.0", SmetsGeneration.Smets2, Scenario.Distributor));
        }

        inventory.HistoryOf(3).Select(h => h.To).ShouldBe([SmiStatus.Commissioned, SmiStatus.Suspended]);
        inventory.HasChangedStatus(added).ShouldBeFalse();
        inventory.Suspend(added, Loaded + Duration.FromHours(2), "removed");
        inventory.HistoryOf(added).Select(h => h.Reason).ShouldBe(["loaded", "removed"]);
    }

    [Fact]
    public void LoadHistory_WhenMoreDistinctReasonsThanTheReasonTableHolds_KeepsEveryReason()
    {
        var inventory = Meters(1, 16);
        var history = new List<StatusChange> { new(SmiStatus.None, SmiStatus.Commissioned, Loaded, "loaded") };
        for (var i = 0; i < 70_000; i++)
        {
            var (from, to) = i % 2 == 0 ? (SmiStatus.Commissioned, SmiStatus.Suspended) : (SmiStatus.Suspended, SmiStatus.Commissioned);
            history.Add(new StatusChange(from, to, Loaded + Duration.FromSeconds(i), $"reason {i}"));
        }

        history.Add(new StatusChange(SmiStatus.Commissioned, SmiStatus.Commissioned, Loaded + Duration.FromDays(1), "reason 5"));

        inventory.LoadHistory(0, history);

        inventory.HistoryOf(0).ShouldBe(history);
    }
}
