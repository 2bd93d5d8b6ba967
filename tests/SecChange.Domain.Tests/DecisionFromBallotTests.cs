using NodaTime;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Domain.Tests;

/// <summary>The decision a Change Board ballot implies when the outcome is not given (MP105's Change Board, December 2020).</summary>
public class DecisionFromBallotTests
{
    private static readonly CodeRules Sec = new();

    private static IReadOnlyCollection<Vote> Ballot(VotePosition position) =>
    [
        .. new[] { ("P Saker", VotingGroup.LargeSuppliers), ("A Margan", VotingGroup.SmallSuppliers), ("G Slaney", VotingGroup.ElectricityNetworkParties),
            ("E Rees", VotingGroup.Consumers), ("J Lishawa", VotingGroup.OtherSecParties) }
            .Select(s => new Vote(s.Item1, s.Item1, s.Item2, position, null, [SecObjective.A], new LocalDate(2020, 12, 16))),
    ];

    [Fact]
    public void DecisionFromBallot_WhenTheQuorateBallotApproves_IsApprove() =>
        Sec.DecisionFromBallot("MP105", Ballot(VotePosition.Approve)).ShouldBe(DecisionOutcome.Approve);

    [Fact]
    public void DecisionFromBallot_WhenTheBallotRejects_IsReject() =>
        Sec.DecisionFromBallot("MP105", Ballot(VotePosition.Reject)).ShouldBe(DecisionOutcome.Reject);

    [Fact]
    public void DecisionFromBallot_WhenNoVotesAreCast_IsRefusedWithoutNamingAFlag()
    {
        var ex = Should.Throw<DomainException>(() => Sec.DecisionFromBallot("MP105", []));

        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        ex.Message.ShouldStartWith("No votes have been cast on MP105");
        ex.Message.ShouldNotContain("--");
    }
}
