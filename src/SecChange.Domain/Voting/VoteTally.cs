namespace SecChange.Domain.Voting;

/// <summary>How a code turns Change Board votes into an outcome.</summary>
public enum CountingRule
{
    None = 0,
    /// <summary>
    /// SEC default: each Voting Group's share of approvals among its members who voted for or against;
    /// approved when the average of those shares is above the threshold. Abstentions and absences are
    /// neutral; a group with no for-or-against vote takes no part in the average.
    /// </summary>
    AverageOfGroupShares,
    /// <summary>Approved when the share of approvals among all for-or-against votes is above the threshold.</summary>
    SimpleMajority,
}

/// <summary>One Voting Group's part of a tally.</summary>
public sealed record GroupTally(VotingGroup Group, int Approve, int Reject, int Abstain)
{
    /// <summary>The share of approvals among for-or-against votes; null when nobody in the group voted either way.</summary>
    public decimal? Share => Approve + Reject == 0 ? null : (decimal)Approve / (Approve + Reject);
}

/// <summary>The count of a ballot under a counting rule, with quorum.</summary>
public sealed record VoteTally(
    IReadOnlyList<GroupTally> Groups,
    CountingRule Rule,
    decimal Threshold,
    decimal? Score,
    bool Approved,
    int VotesCast,
    int Quorum)
{
    public bool QuorumMet => VotesCast >= Quorum;

    public static VoteTally Count(IReadOnlyCollection<Vote> votes, CountingRule rule, decimal threshold, int quorum)
    {
        var groups = Enum.GetValues<VotingGroup>().Where(g => g != VotingGroup.None)
            .Select(g => new GroupTally(g,
                votes.Count(v => v.Group == g && v.Position == VotePosition.Approve),
                votes.Count(v => v.Group == g && v.Position == VotePosition.Reject),
                votes.Count(v => v.Group == g && v.Position == VotePosition.Abstain)))
            .ToList();

        decimal? score = rule switch
        {
            CountingRule.AverageOfGroupShares => groups.Where(g => g.Share is not null).Select(g => g.Share!.Value) is var shares && shares.Any()
                ? shares.Average()
                : null,
            CountingRule.SimpleMajority => groups.Sum(g => g.Approve + g.Reject) is var total and > 0
                ? (decimal)groups.Sum(g => g.Approve) / total
                : null,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No counting rule chosen."),
        };

        // Strictly above the threshold: a tie is not a majority.
        return new VoteTally(groups, rule, threshold, score, score > threshold, votes.Count, quorum);
    }
}
