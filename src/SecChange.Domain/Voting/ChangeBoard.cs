using SecChange.Domain.Limits;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Voting;

/// <summary>The Change Board's Voting Groups; DCC and the chair do not vote.</summary>
public enum VotingGroup
{
    None = 0,
    LargeSuppliers,
    SmallSuppliers,
    ElectricityNetworkParties,
    GasNetworkParties,
    OtherSecParties,
    Consumers,
}

public enum VotePosition
{
    None = 0,
    Approve,
    Reject,
    /// <summary>Neutral: counted for quorum, not for or against.</summary>
    Abstain,
}

/// <summary>
/// A Change Board member in a Voting Group, or an alternate who may vote in the place of
/// <see cref="AlternateFor"/> (the seat is then the member's).
/// </summary>
public sealed record ChangeBoardMember(string Name, string Organisation, VotingGroup Group, string? AlternateFor = null)
{
    public string Name { get; init; } = InputLimits.Line(Name, "name");
    public string Organisation { get; init; } = InputLimits.Line(Organisation, "organisation");
    public string? AlternateFor { get; init; } = InputLimits.Line(AlternateFor, "alternate's member");

    /// <summary>The seat this person votes for: their own, or the member they stand in for.</summary>
    public string Seat => AlternateFor ?? Name;
}

/// <summary>One vote as cast on a modification's ballot.</summary>
public sealed record Vote(string Seat, string CastBy, VotingGroup Group, VotePosition Position, string? Rationale,
    IReadOnlyList<SecObjective> Objectives, NodaTime.LocalDate On);
