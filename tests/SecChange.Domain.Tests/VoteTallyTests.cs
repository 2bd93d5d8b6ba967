using NodaTime;
using SecChange.Domain.Modifications;
using SecChange.Domain.Voting;
using static SecChange.Domain.Voting.VotePosition;
using static SecChange.Domain.Voting.VotingGroup;

namespace SecChange.Domain.Tests;

/// <summary>The Change Board counting rules: group shares, ties, abstentions, empty groups, quorum.</summary>
public class VoteTallyTests
{
    private static int _seat;

    private static Vote V(VotingGroup group, VotePosition position) =>
        new($"Member {Interlocked.Increment(ref _seat)}", "x", group, position, null, [], new LocalDate(2020, 7, 22));

    private static VoteTally Average(params Vote[] votes) => VoteTally.Count(votes, CountingRule.AverageOfGroupShares, 0.5m, 5);

    [Fact]
    public void Count_WhenEveryVoteApproves_ApprovesWithFullScore()
    {
        var tally = Average(V(LargeSuppliers, Approve), V(SmallSuppliers, Approve), V(ElectricityNetworkParties, Approve),
            V(GasNetworkParties, Approve), V(Consumers, Approve));

        tally.Score.ShouldBe(1m);
        tally.Approved.ShouldBeTrue();
        tally.QuorumMet.ShouldBeTrue();
    }

    [Fact]
    public void Count_WhenGroupSharesAverageExactlyHalf_IsATieAndRejects()
    {
        var tally = Average(V(LargeSuppliers, Approve), V(SmallSuppliers, Reject), V(OtherSecParties, Abstain), V(Consumers, Abstain), V(Consumers, Abstain));

        tally.Score.ShouldBe(0.5m);
        tally.Approved.ShouldBeFalse();
    }

    [Fact]
    public void Count_WhenAGroupOnlyAbstains_LeavesItOutOfTheAverage()
    {
        // Large 2/3 approve; Consumers only abstain: the average is Large's share alone.
        var tally = Average(V(LargeSuppliers, Approve), V(LargeSuppliers, Approve), V(LargeSuppliers, Reject), V(Consumers, Abstain), V(Consumers, Abstain));

        tally.Groups.Single(g => g.Group == Consumers).Share.ShouldBeNull();
        tally.Score!.Value.ShouldBe(2m / 3m, 0.0001m);
        tally.Approved.ShouldBeTrue();
        tally.VotesCast.ShouldBe(5);
    }

    [Fact]
    public void Count_WhenGroupsAreEmpty_AveragesOnlyGroupsThatVoted()
    {
        var tally = Average(V(GasNetworkParties, Reject), V(GasNetworkParties, Approve), V(GasNetworkParties, Approve));

        tally.Groups.Count(g => g.Share is null).ShouldBe(5);
        tally.Score!.Value.ShouldBe(2m / 3m, 0.0001m);
    }

    [Fact]
    public void Count_WhenEveryoneAbstains_HasNoScoreAndDoesNotApprove()
    {
        var tally = Average(V(LargeSuppliers, Abstain), V(SmallSuppliers, Abstain));

        tally.Score.ShouldBeNull();
        tally.Approved.ShouldBeFalse();
    }

    [Fact]
    public void Count_WhenOneLargeGroupOpposesAndTwoSmallGroupsSupport_GroupSharesAndSimpleMajorityDisagree()
    {
        Vote[] votes =
        [
            V(LargeSuppliers, Reject), V(LargeSuppliers, Reject), V(LargeSuppliers, Reject), V(LargeSuppliers, Reject), V(LargeSuppliers, Reject),
            V(SmallSuppliers, Approve), V(Consumers, Approve),
        ];

        var byGroups = VoteTally.Count(votes, CountingRule.AverageOfGroupShares, 0.5m, 5);
        var byHeads = VoteTally.Count(votes, CountingRule.SimpleMajority, 0.5m, 5);

        byGroups.Score!.Value.ShouldBe(2m / 3m, 0.0001m);
        byGroups.Approved.ShouldBeTrue();
        byHeads.Score!.Value.ShouldBe(2m / 7m, 0.0001m);
        byHeads.Approved.ShouldBeFalse();
    }

    [Fact]
    public void Count_WhenFewerVotesThanQuorum_IsNotQuorate()
    {
        var tally = Average(V(LargeSuppliers, Approve), V(SmallSuppliers, Approve), V(Consumers, Abstain), V(Consumers, Approve));

        tally.VotesCast.ShouldBe(4);
        tally.QuorumMet.ShouldBeFalse();
    }

    [Fact]
    public void Seat_WhenAnAlternate_IsTheMembersSeat()
    {
        new ChangeBoardMember("Alex Alternate", "EDF Energy", LargeSuppliers, "Paul Saker").Seat.ShouldBe("Paul Saker");
        new ChangeBoardMember("Paul Saker", "EDF Energy", LargeSuppliers).Seat.ShouldBe("Paul Saker");
    }
}
