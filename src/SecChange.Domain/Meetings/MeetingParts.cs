using SecChange.Domain.Modifications;

namespace SecChange.Domain.Meetings;

/// <summary>Someone at a meeting: a member by the category they represent (e.g. "Large Suppliers") or a
/// participant by organisation, with a role such as Chair or Meeting Secretary.</summary>
public sealed record Attendee(string Name, string? Category = null, string? Organisation = null, string? Role = null, bool Teleconference = false);

/// <summary>Someone who sent apologies, and whom they represent.</summary>
public sealed record Apology(string Name, string Representing);

/// <summary>The minutes were approved at a later meeting of the same body (held on <paramref name="On"/>); until then they are a draft.</summary>
public sealed record MinutesApproval(MeetingId At, NodaTime.LocalDate On);

/// <summary>How a body concluded on an agenda item, as the minutes word it in capitals.</summary>
public enum OutcomeKind
{
    None = 0,
    Agreed,
    Recommended,
    Noted,
}

/// <summary>
/// One conclusion on an agenda item ("The CSC AGREED ..."). When it names a modification it may carry
/// the CSC's process outcome (<see cref="Step"/>, with the route recommended), which is recorded on that modification too.
/// </summary>
public sealed record ItemOutcome(OutcomeKind Kind, string Text, ModificationId? Modification = null,
    CscOutcome? Step = null, ModificationRoute? Route = null);

/// <summary>A numbered agenda item and the modifications it concerns.</summary>
public sealed record AgendaItem(int Number, string Title, IReadOnlyList<ModificationId> Modifications, IReadOnlyList<ItemOutcome> Outcomes);
