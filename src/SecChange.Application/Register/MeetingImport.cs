using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;

namespace SecChange.Application.Register;

/// <summary>
/// Checks and saves the meetings and actions of a register document, inside the import's transaction:
/// ids are unique, every modification named is in the register, and every agenda item's outcomes name
/// the item's own modifications. A process step carried by an outcome is not taken again: the
/// modification's own history in the file holds it.
/// </summary>
internal static class MeetingImport
{
    public static async Task ImportAsync(IRegisterSession session, RegisterDocument document, CancellationToken ct)
    {
        if (document.Meetings.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw DomainException.Invalid($"The file holds meeting {twice.Key} more than once.");
        }

        if (document.Actions.GroupBy(a => a.Reference).FirstOrDefault(g => g.Count() > 1) is { } twiceAction)
        {
            throw DomainException.Invalid($"The file holds action {twiceAction.Key} more than once.");
        }

        foreach (var meeting in document.Meetings)
        {
            foreach (var item in meeting.Items)
            {
                foreach (var id in item.Modifications)
                {
                    if (await session.FindAsync(id, ct) is null)
                    {
                        throw DomainException.Invalid($"Meeting {meeting.Id}, item {item.Number}, names {id.Display(false)}, which is not in the register; nothing was imported.");
                    }
                }

                // Replaying each outcome checks it against its item as if recorded through the CLI.
                var replayed = meeting with { Items = [item with { Outcomes = [] }] };
                foreach (var outcome in item.Outcomes)
                {
                    replayed = Refuse(meeting.Id, () => replayed.RecordOutcome(item.Number, outcome));
                }
            }

            if (await session.FindMeetingAsync(meeting.Id, ct) is not null)
            {
                throw DomainException.Broken($"Meeting {meeting.Id} is already in the register; nothing was imported.");
            }

            await session.SaveMeetingAsync(meeting, 0, ct);
        }

        foreach (var action in document.Actions)
        {
            foreach (var id in action.Modifications)
            {
                if (await session.FindAsync(id, ct) is null)
                {
                    throw DomainException.Invalid($"Action {action.Reference} names {id.Display(false)}, which is not in the register; nothing was imported.");
                }
            }

            if (await session.FindActionAsync(action.Reference, ct) is not null)
            {
                throw DomainException.Broken($"Action {action.Reference} is already in the register; nothing was imported.");
            }

            await session.SaveActionAsync(action, 0, ct);
        }
    }

    private static Meeting Refuse(MeetingId id, Func<Meeting> check)
    {
        try
        {
            return check();
        }
        catch (DomainException ex)
        {
            throw DomainException.Invalid($"Meeting {id}: {ex.Message} Nothing was imported.");
        }
    }
}
