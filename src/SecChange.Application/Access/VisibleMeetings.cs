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
    /// <summary>Every meeting the viewer may see, oldest first, counting only the agenda items they may see.</summary>
    public async Task<IReadOnlyList<MeetingListing>> ListAsync(Viewer viewer, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var calendar = await core.CalendarAsync(session, ct);
        var visible = (await session.MeetingsAsync(ct)).Select(m => m.Value)
            .Where(m => Visibility.MaySee(viewer, m.Classification, m.Attendees)).ToList();
        var hidden = await MeetingRedaction.HiddenAsync(session, viewer, visible.SelectMany(MeetingRedaction.Mentioned), ct);
        return visible
            .OrderBy(m => m.On).ThenBy(m => m.Id.Body, StringComparer.Ordinal).ThenBy(m => m.Id.Number)
            .Select(m => new MeetingListing(MeetingSummary.Of(MeetingRedaction.Redact(m, hidden), calendar, core.Rules), m.Classification)).ToList();
    }

    /// <summary>One meeting with its agenda, minutes and actions as the viewer may see them; not found when it is missing or hidden.</summary>
    public async Task<MeetingView> ShowAsync(Viewer viewer, string meetingId, CancellationToken ct = default)
    {
        if (!MeetingId.TryParse(meetingId, out var id))
        {
            throw NoSuchMeeting(meetingId);
        }

        await using var session = await core.ReadAsync(ct);
        if (await session.FindMeetingAsync(id, ct) is not { } stored || !Visibility.MaySee(viewer, stored.Value.Classification, stored.Value.Attendees))
        {
            throw NoSuchMeeting(id.ToString());
        }

        // Only the actions the minutes show (outstanding at the meeting or raised at it) can need checking.
        var actions = (await session.ActionsAsync(ct)).Select(a => a.Value)
            .Where(a => a.IsOutstandingAt(stored.Value) || a.Reference.Meeting == stored.Value.Id).ToList();
        var hidden = await MeetingRedaction.HiddenAsync(session, viewer,
            MeetingRedaction.Mentioned(stored.Value).Concat(actions.SelectMany(a => a.Modifications)), ct);
        return await meetings.PresentAsync(session, MeetingRedaction.Redact(stored.Value, hidden),
            [.. actions.Where(a => MeetingRedaction.MayShow(a, hidden))], stored.Version, ct);
    }

    /// <summary>The action log: actions raised at meetings the viewer may see (or at meetings not recorded), about
    /// modifications they may see, oldest first.</summary>
    public async Task<IReadOnlyList<ActionView>> ActionsAsync(Viewer viewer, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var hiddenMeetings = (await session.MeetingsAsync(ct)).Select(m => m.Value)
            .Where(m => !Visibility.MaySee(viewer, m.Classification, m.Attendees)).Select(m => m.Id).ToHashSet();
        var actions = (await session.ActionsAsync(ct)).Select(a => a.Value).Where(a => !hiddenMeetings.Contains(a.Reference.Meeting)).ToList();
        var hidden = await MeetingRedaction.HiddenAsync(session, viewer, actions.SelectMany(a => a.Modifications), ct);
        return actions.Where(a => MeetingRedaction.MayShow(a, hidden))
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
