using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Application.ChangeBoard;

/// <summary>A seat's position on the current ballot, with the positions it took on earlier ballots (now superseded).</summary>
public sealed record SeatPosition(string Seat, string? Organisation, VotingGroup Group, Vote? Current, IReadOnlyList<Vote> Earlier);

/// <summary>
/// A modification's Change Board ballot as a ballot page shows it (after the IETF Datatracker's): each seat's position
/// by Voting Group with the earlier ones it replaced, the seats yet to vote, the tally under the code's counting rule,
/// quorum, and the decision the ballot leads to.
/// </summary>
public sealed record BallotView(
    string Reference,
    string Title,
    IReadOnlyList<SeatPosition> Seats,
    VoteTally? Tally,
    int Quorum,
    DecisionOutcome? LeadsTo,
    Decision? Decided)
{
    public IEnumerable<SeatPosition> NotVoted => Seats.Where(s => s.Current is null);

    /// <summary>The open ballot, or when none is open the last one decided; earlier ballots' votes are the positions they replaced.</summary>
    public static BallotView Of(ModificationView m, IReadOnlyList<ChangeBoardMember> board, CodeRules rules)
    {
        // A Change Board decision closes a ballot: votes up to (and on the day of) a decision belong to it.
        var decisions = m.Decisions.Where(d => d.Body == DecidingBody.ChangeBoard).ToList();
        var open = m.Votes.Skip(m.Votes.Count - m.OpenBallotVotes).ToList();
        var decided = open.Count > 0 || decisions.Count == 0 ? null : decisions[^1];
        var shown = open.Count > 0 || decided is null ? open
            : m.Votes.Take(m.Votes.Count - open.Count).Where(v => v.On <= decided.On && !decisions.Any(d => d != decided && v.On <= d.On && d.On < decided.On)).ToList();
        var earlier = m.Votes.Except(shown).ToList();
        var seats = board.Where(x => x.AlternateFor is null).Select(x => (Seat: x.Name, Organisation: (string?)x.Organisation, x.Group))
            .Concat(m.Votes.Select(v => (v.Seat, Organisation: (string?)null, v.Group)))
            .DistinctBy(s => s.Seat, StringComparer.OrdinalIgnoreCase)
            .Select(s =>
            {
                var mine = shown.Where(v => Same(v.Seat, s.Seat)).ToList();
                var replaced = earlier.Where(v => Same(v.Seat, s.Seat)).Concat(mine.SkipLast(1)).OrderByDescending(v => v.On).ToList();
                return new SeatPosition(s.Seat, s.Organisation, s.Group, mine.LastOrDefault(), replaced);
            })
            .OrderBy(s => s.Group).ThenBy(s => s.Seat, StringComparer.OrdinalIgnoreCase).ToList();
        var tally = shown.Count == 0 ? null : rules.Count(Latest(shown));
        DecisionOutcome? leadsTo = tally is { QuorumMet: true } ? tally.Approved ? DecisionOutcome.Approve : DecisionOutcome.Reject : null;
        return new BallotView(m.Reference, m.Title, seats, tally, rules.ChangeBoardQuorum, leadsTo, decided);
    }

    /// <summary>Each seat's latest position: a changed vote replaces the earlier one in the count.</summary>
    private static List<Vote> Latest(IEnumerable<Vote> votes) =>
        votes.GroupBy(v => v.Seat, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
