using SecChange.Domain.Errors;
using SecChange.Domain.Voting;

namespace SecChange.Domain.Tests;

/// <summary>Who may sit on the Change Board: members in a Voting Group, alternates in their member's.</summary>
public class ChangeBoardSeatsTests
{
    private static readonly ChangeBoardMember PaulSaker = new("Paul Saker", "EDF Energy", VotingGroup.LargeSuppliers);

    [Fact]
    public void Check_WhenAlternateNamesTheirMemberInAnyCase_TakesTheMembersGroupAndName()
    {
        var alternate = ChangeBoardSeats.Check(new ChangeBoardMember("Alex Hurcombe", "EDF Energy", VotingGroup.None, "paul saker"), [PaulSaker]);

        alternate.Group.ShouldBe(VotingGroup.LargeSuppliers);
        alternate.AlternateFor.ShouldBe("Paul Saker");
        alternate.Seat.ShouldBe("Paul Saker");
    }

    [Fact]
    public void Check_WhenMemberHasNoVotingGroup_IsRefusedAsInvalid()
    {
        var ex = Should.Throw<DomainException>(() => ChangeBoardSeats.Check(new ChangeBoardMember("Chair", "SECAS", VotingGroup.None), []));

        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        ex.Message.ShouldContain("needs a Voting Group");
    }

    [Fact]
    public void Check_WhenAlternateForSomeoneNotOnTheBoard_IsNotFound()
    {
        var ex = Should.Throw<DomainException>(() =>
            ChangeBoardSeats.Check(new ChangeBoardMember("Alex Hurcombe", "EDF Energy", VotingGroup.None, "Nobody"), [PaulSaker]));

        ex.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public void Check_WhenAlternateForAnAlternate_IsNotFound() =>
        Should.Throw<DomainException>(() => ChangeBoardSeats.Check(new ChangeBoardMember("Sam", "EDF Energy", VotingGroup.None, "Alex Hurcombe"),
            [PaulSaker, new ChangeBoardMember("Alex Hurcombe", "EDF Energy", VotingGroup.LargeSuppliers, "Paul Saker")])).Kind.ShouldBe(ErrorKind.NotFound);
}
