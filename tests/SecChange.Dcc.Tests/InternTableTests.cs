using SecChange.Dcc.Identity;
using SecChange.Dcc.Inventory;

namespace SecChange.Dcc.Tests;

public class InternTableTests
{
    [Fact]
    public void Intern_WhenPartyInternedTwice_GivesOneIndexThatReadsBack()
    {
        var parties = new InternTable<Eui64>("party");

        var supplier = parties.Intern(Scenario.Supplier);
        var distributor = parties.Intern(Scenario.Distributor);

        parties.Intern(Scenario.Supplier).ShouldBe(supplier);
        (supplier, distributor).ShouldBe(((ushort)1, (ushort)2));
        parties[supplier].ShouldBe(Scenario.Supplier);
        parties[distributor].ShouldBe(Scenario.Distributor);
        parties.Count.ShouldBe(2);
    }

    [Fact]
    public void Indexer_WhenIndexIsZero_ReadsAsNoValue()
    {
        var firmware = new InternTable<string>("firmware version");
        firmware.Intern("1.0");

        firmware[0].ShouldBeNull();
        new InternTable<Eui64>("party")[0].ShouldBe(default);
    }

    [Fact]
    public void Intern_WhenTableIsFull_RefusesOnlyANewValue()
    {
        var parties = new InternTable<Eui64>("party");
        for (var n = 1UL; n <= InternTable<Eui64>.Capacity; n++)
        {
            parties.Intern(new Eui64(n));
        }

        parties.Room.ShouldBe(0);
        parties.Intern(new Eui64(7)).ShouldBe((ushort)7);
        Should.Throw<InvalidOperationException>(() => parties.Intern(new Eui64(ulong.MaxValue)))
            .Message.ShouldBe(DccMessages.TooManyDistinct("party", 65_535));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(65_534, null)]
    [InlineData(65_535, "More than 65535 distinct Device Model values: the inventory interns them in a table of that size.")]
    public void CheckRoomFor_WhenOneValueHeld_RefusesOnlyWhatDoesNotFit(int newValues, string? problem)
    {
        var models = new InternTable<string>("Device Model");
        models.Intern(Scenario.EsmeModel);

        models.CheckRoomFor(newValues).ShouldBe(problem);
    }
}
