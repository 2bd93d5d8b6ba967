using NodaTime;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Application.ChangeBoard;

/// <summary>A modification's open ballot: the votes cast since its last Change Board decision, counted by the code's rule.</summary>
public sealed record OpenBallot(string Reference, VoteTally Tally, IReadOnlyList<Vote> Votes);

/// <summary>The Change Board: its members by Voting Group, and their votes on a modification's ballot.</summary>
public sealed class ChangeBoardService(RegisterCore core)
{
    public Task<IReadOnlyList<ChangeBoardMember>> ChangeBoardMembersAsync(CancellationToken ct = default) =>
        core.ReadAsync(s => s.ChangeBoardMembersAsync(ct), ct);

    /// <summary>Adds or updates a Change Board member; an alternate takes the Voting Group of the member they stand in for.</summary>
    public async Task<ChangeBoardMember> SaveChangeBoardMemberAsync(ChangeBoardMember member, Actor by, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var members = await session.ChangeBoardMembersAsync(ct);
        var saved = ChangeBoardSeats.Check(member, members);
        await session.SaveChangeBoardMemberAsync(saved, ct);
        await core.AuditAsync(session, by, "board member", saved.Name,
            $"{saved.Group}{(saved.AlternateFor is null ? "" : $", alternate for {saved.AlternateFor}")}", ct);
        await session.CommitAsync(ct);
        return saved;
    }

    /// <summary>Records a Change Board member's vote; the voter must be a member or an alternate of one.</summary>
    public async Task<StepResult> CastVoteAsync(string reference, string voter, VotePosition position, string? rationale,
        IReadOnlyList<SecObjective>? objectives, LocalDate on, Actor by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(voter))
        {
            throw DomainException.Invalid("Say which Change Board member (or alternate) casts the vote.");
        }

        await using var session = await core.WriteAsync(ct);
        var members = await session.ChangeBoardMembersAsync(ct);
        var member = members.FirstOrDefault(m => string.Equals(m.Name, voter.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw DomainException.NotFound(members.Count == 0
                ? $"{voter} is not a Change Board member or alternate; no members are recorded yet."
                : $"{voter} is not a Change Board member or alternate; members and alternates: {string.Join(", ", members.Select(m => m.Name))}.");
        if (position == VotePosition.None)
        {
            throw DomainException.Invalid("A vote is approve, reject or abstain.");
        }

        var modification = await RegisterCore.RequireAsync(session, reference, ct);
        var version = modification.Version;
        var process = await core.ProcessAsync(session, ct);
        var e = process.Take(modification, new ChangeBoardVoteCast(member.Seat, member.Name, member.Group, position, rationale, objectives), on, by);
        await session.AppendAsync(modification, version, ct);
        await core.AuditAsync(session, by, "ballot cast", modification.Reference, e.Change.Describe(), ct);
        return await core.CommitAsync(session, modification, version, ct);
    }

    /// <summary>The open ballot on a modification, counted; refused when no vote has been cast since its last decision.</summary>
    public async Task<OpenBallot> BallotAsync(string reference, CancellationToken ct = default)
    {
        var modification = await core.ReadAsync(s => RegisterCore.RequireAsync(s, reference, ct), ct);
        var ballot = modification.CurrentBallot;
        if (ballot.Count == 0)
        {
            throw DomainException.Broken($"{modification.Reference} has no open ballot: no votes have been cast since its last Change Board decision.");
        }

        return new OpenBallot(modification.Reference, Frozen.Of(core.Rules.Count(ballot)), Frozen.List(ballot.Select(Frozen.Of)));
    }
}
