using SecChange.Domain.Limits;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

public class InputLimitTests
{
    private static DraftProposalRaised Mp105(string title = "Managing Suspended Devices", string? problem = null) =>
        new(title, "Chun Chen", "DCC", problem, Classification.Green);

    [Theory]
    [InlineData(100_000)]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void ModificationId_WhenNumberCannotBeWrittenAsAReference_IsRefused(int number) =>
        ShouldBeInvalid(() => _ = new ModificationId(NumberSeries.Current, number), "from 1 to 99999");

    [Fact]
    public void ModificationId_AtTheLargestNumber_ReadsBackFromItsReference()
    {
        var id = new ModificationId(NumberSeries.Current, InputLimits.MaxModificationNumber);

        ModificationId.Parse(id.Display(converted: false)).ShouldBe(id);
        ModificationId.Parse(new ModificationId(NumberSeries.Legacy, InputLimits.MaxModificationNumber).ToString()).Number.ShouldBe(99_999);
    }

    [Fact]
    public void MeetingAndActionReferences_WhenNumbersTooLargeToReadBack_AreRefused()
    {
        ShouldBeInvalid(() => _ = new MeetingId("CSC", 10_000), "from 1 to 9999");
        ShouldBeInvalid(() => _ = new ActionReference(new MeetingId("CSC", 11), 100), "from 1 to 99");
        MeetingId.Parse(new MeetingId("CSC", 9_999).ToString()).Number.ShouldBe(9_999);
    }

    [Fact]
    public void Create_WhenTitleIsLongerThanALine_IsRefusedNamingTheField() =>
        ShouldBeInvalid(() => NewProcess().Create(new ModificationId(NumberSeries.Current, 139), Mp105(new string('a', 120_000)),
            D(2021, 1, 4), As(ActorRole.Dcc)), "title is too long: 120,000 characters, at most 500");

    [Fact]
    public void Create_WhenProblemStatementIsBeyondTheTextLimit_IsRefused() =>
        ShouldBeInvalid(() => NewProcess().Create(new ModificationId(NumberSeries.Current, 139), Mp105(problem: new string('x', 20_001)),
            D(2021, 1, 4), As(ActorRole.Dcc)), "problem statement is too long");

    [Fact]
    public void Create_WhenProblemStatementIsLongButWithinTheTextLimit_IsAccepted() =>
        NewProcess().Create(new ModificationId(NumberSeries.Current, 139), Mp105(problem: new string('x', 5_000)), D(2021, 1, 4), As(ActorRole.Dcc))
            .Version.ShouldBe(1);

    [Fact]
    public void Take_WhenReasonOrActorNameIsOversized_IsRefusedAndNothingIsRecorded()
    {
        var process = NewProcess();
        var dp = process.Create(new ModificationId(NumberSeries.Current, 139), Mp105(), D(2021, 1, 4), As(ActorRole.Dcc));
        var amend = new DetailsAmended { Title = "Read firmware on Suspended Devices" };

        ShouldBeInvalid(() => process.Take(dp, amend, D(2021, 1, 5), As(ActorRole.Secas), new string('r', 20_001)), "reason is too long");
        ShouldBeInvalid(() => process.Take(dp, amend, D(2021, 1, 5), new Actor(new string('n', 501), ActorRole.Secas)), "name is too long");
        dp.Version.ShouldBe(1);
    }

    [Fact]
    public void Take_WhenAListedTextIsOversized_IsRefused()
    {
        var process = NewProcess();
        var dp = process.Create(new ModificationId(NumberSeries.Current, 139), Mp105(), D(2021, 1, 4), As(ActorRole.Dcc));

        ShouldBeInvalid(() => process.Take(dp, new DetailsAmended { AffectedDocuments = ["Appendix AD", new string('d', 20_001)] },
            D(2021, 1, 5), As(ActorRole.Secas)), "affected documents is too long");
    }

    [Fact]
    public void PartyAndPerson_WhenANameIsLongerThanALine_AreRefused()
    {
        ShouldBeInvalid(() => _ = new Parties.Party(new string('p', 501), Parties.PartyCategory.LargeSupplier), "party name is too long");
        ShouldBeInvalid(() => _ = new Parties.Person("Chun Chen", new string('o', 501)), "organisation is too long");
        new Parties.Party("British Gas", Parties.PartyCategory.LargeSupplier).Name.ShouldBe("British Gas");
    }
}
