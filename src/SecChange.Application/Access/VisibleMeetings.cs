using NodaTime;
using SecChange.Application.Meetings;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;

namespace SecChange.Application.Access;

/// <summary>A meeting in the calendar as a viewer may see it, with the classification it carries.</summary>
public sealed record MeetingListing(MeetingSummary Summary, Domain.Modifications.Classification Classification);

/// <summary>
/// Meetings and the action log as one viewer may see them (<see cref="Visibility"/> on each meeting's classification).
/// A hidden meeting is reported as missing, and so are the actions raised at it.
/// </summary>
public sealed class VisibleMeetings(RegisterCore core, MeetingService meetings)
{
    /// <summary>Every meeting the viewer may see, oldest first.</summary>
    public async Task<IReadOnlyList<MeetingListing>> ListAsync(Viewer viewer, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var calendar = await core.CalendarAsync(session, ct);
        return (await session.MeetingsAsync(ct)).Select(m => m.Value)
            .Where(m => Visibility.MaySee(viewer, m.Classification, m.Attendees))
            .OrderBy(m => m.On).ThenBy(m => m.Id.Body, StringComparer.Ordinal).ThenBy(m => m.Id.Number)
            .Select(m => new MeetingListing(MeetingSummary.Of(m, calendar, core.Rules), m.Classification)).ToList();
    }

    /// <summary>One meeting with its agenda, minutes and actions; not found when it is missing or hidden.</summary>
    public async Task<MeetingView> ShowAsync(Viewer viewer, string meetingId, CancellationToken ct = default)
    {
        if (!MeetingId.TryParse(meetingId, out var id))
        {
            throw NoSuchMeeting(meetingId);
        }

        await using (var session = await core.ReadAsync(ct))
        {
            if (await session.FindMeetingAsync(id, ct) is not { } stored || !Visibility.MaySee(viewer, stored.Value.Classification, stored.Value.Attendees))
            {
                throw NoSuchMeeting(id.ToString());
            }
        }

        return await meetings.ShowAsync(id.ToString(), ct);
    }

    /// <summary>The action log: actions raised at meetings the viewer may see (or at meetings not recorded), oldest first.</summary>
    public async Task<IReadOnlyList<ActionView>> ActionsAsync(Viewer viewer, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var hidden = (await session.MeetingsAsync(ct)).Select(m => m.Value)
            .Where(m => !Visibility.MaySee(viewer, m.Classification, m.Attendees)).Select(m => m.Id).ToHashSet();
        return (await session.ActionsAsync(ct)).Select(a => a.Value)
            .Where(a => !hidden.Contains(a.Reference.Meeting))
            .OrderBy(a => a.Reference.Meeting.Body, StringComparer.Ordinal).ThenBy(a => a.Reference.Meeting.Number).ThenBy(a => a.Reference.Sequence)
            .Select(ActionView.Of).ToList();
    }

    public static DomainException NoSuchMeeting(string meetingId) =>
        DomainException.NotFound($"There is no meeting {(meetingId.Length <= 20 ? meetingId : meetingId[..20] + "…")} in the register.");
}

/// <summary>Where an action stands on a day: open, overdue, carried forward to later meetings, or closed.</summary>
public static class ActionStanding
{
    public static bool IsOverdue(ActionView a, LocalDate today) => a.Status == ActionStatus.Open && a.DueOn is { } due && due < today;

    /// <summary>Still open and already taken up again at a later meeting of its body.</summary>
    public static bool IsCarriedForward(ActionView a) => a.Status == ActionStatus.Open && a.Updates.Count > 0;
}
