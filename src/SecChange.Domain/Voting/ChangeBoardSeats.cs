using SecChange.Domain.Errors;

namespace SecChange.Domain.Voting;

/// <summary>Checks a Change Board member against the board: a member needs a Voting Group; an alternate takes their member's.</summary>
public static class ChangeBoardSeats
{
    public static ChangeBoardMember Check(ChangeBoardMember member, IReadOnlyList<ChangeBoardMember> members)
    {
        if (string.IsNullOrWhiteSpace(member.Name) || string.IsNullOrWhiteSpace(member.Organisation))
        {
            throw DomainException.Invalid("A Change Board member needs a name and an organisation.");
        }

        if (member.AlternateFor is null)
        {
            return member.Group == VotingGroup.None
                ? throw DomainException.Invalid($"{member.Name} needs a Voting Group (DCC and the chair do not vote).")
                : member;
        }

        var seat = members.FirstOrDefault(m => m.AlternateFor is null && string.Equals(m.Name, member.AlternateFor, StringComparison.OrdinalIgnoreCase))
            ?? throw DomainException.NotFound($"{member.AlternateFor} is not a Change Board member, so {member.Name} cannot be their alternate.");
        return member with { Group = seat.Group, AlternateFor = seat.Name };
    }
}
