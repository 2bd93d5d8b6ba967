using System.Globalization;
using NodaTime;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Application.Meetings;

/// <summary>A meeting's record after a change, and the change in words (as the audit trail records it).</summary>
public sealed record MeetingChange(Meeting Meeting, string Summary);

/// <summary>
/// Meetings and the action log. Each public method that changes anything is one transaction with its
/// audit entry; an outcome that takes a process step changes the meeting and the modification together.
/// </summary>
public sealed class MeetingService(RegisterCore core)
{
    /// <summary>Creates a meeting; its number is the body's next unless given (for history).</summary>
    public async Task<Meeting> CreateAsync(string bodyCode, int? number, LocalDate on, LocalTime? from, LocalTime? to, string? place,
        Classification classification, Actor by, CancellationToken ct = default)
    {
        if (number is <= 0) throw DomainException.Invalid("A meeting number must be positive.");
        await using var session = await core.WriteAsync(ct);
        var meetings = await session.MeetingsAsync(ct);
        var id = new MeetingId(bodyCode, number ?? meetings.Where(m => m.Value.Id.Body == bodyCode).Select(m => m.Value.Id.Number).DefaultIfEmpty().Max() + 1);
        if (meetings.FirstOrDefault(m => m.Value.Id == id) is { } existing)
        {
            throw DomainException.Broken($"{id} already exists (held on {existing.Value.On:yyyy-MM-dd}); choose another number.");
        }

        var meeting = Meeting.Schedule(id, on, from, to, place, classification);
        await SaveAsync(session, meeting, 0, ct);
        await core.AuditAsync(session, by, "meeting create", id.ToString(), $"{id} on {on:yyyy-MM-dd}", ct);
        await session.CommitAsync(ct);
        return meeting;
    }

    /// <summary>Records an attendee: a member by the category they represent, or a participant by organisation.</summary>
    public Task<MeetingChange> AttendAsync(string meetingId, Attendee attendee, Actor by, CancellationToken ct = default) =>
        ChangeAsync(meetingId, m => m.Attend(attendee), "meeting attend",
            $"{attendee.Name.Trim()} attended{(attendee.Teleconference ? " by teleconference" : "")}", by, ct);

    public Task<MeetingChange> ApologiseAsync(string meetingId, Apology apology, Actor by, CancellationToken ct = default) =>
        ChangeAsync(meetingId, m => m.Apologise(apology), "meeting apology", $"Apologies from {apology.Name.Trim()} ({apology.Representing.Trim()})", by, ct);

    /// <summary>Adds a numbered agenda item with the modifications it concerns (each must be in the register).</summary>
    public Task<MeetingChange> AddItemAsync(string meetingId, int number, string title, IReadOnlyList<ModificationId> modifications, Actor by,
        CancellationToken ct = default) =>
        ChangeAsync(meetingId, m => m.AddItem(number, title, modifications), "meeting item", $"Item {number}: {title}", by, ct);

    public Task<MeetingChange> AddOtherBusinessAsync(string meetingId, string text, Actor by, CancellationToken ct = default) =>
        ChangeAsync(meetingId, m => m.AddOtherBusiness(text), "meeting aob", text, by, ct);

    public Task<MeetingChange> ScheduleNextAsync(string meetingId, LocalDate on, Actor by, CancellationToken ct = default) =>
        ChangeAsync(meetingId, m => m.ScheduleNext(on), "meeting next", $"Next meeting {on.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}", by, ct);

    /// <summary>Records that the minutes of <paramref name="meetingId"/> were approved at the later meeting <paramref name="atMeetingId"/>.</summary>
    public async Task<MeetingChange> ApproveMinutesAsync(string meetingId, string atMeetingId, Actor by, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var stored = await RequireMeetingAsync(session, meetingId, ct);
        var at = (await RequireMeetingAsync(session, atMeetingId, ct)).Value;
        var meeting = stored.Value.ApproveMinutes(at);
        var details = $"Minutes approved at {at.Id} on {at.On.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
        await SaveAsync(session, meeting, stored.Version, ct);
        await core.AuditAsync(session, by, "meeting approve-minutes", meeting.Id.ToString(), details, ct);
        await session.CommitAsync(ct);
        return new MeetingChange(meeting, details);
    }

    /// <summary>Changes a meeting's record in one audited transaction; <paramref name="details"/> is what the audit and the result say.</summary>
    private async Task<MeetingChange> ChangeAsync(string meetingId, Func<Meeting, Meeting> change, string command, string details, Actor by,
        CancellationToken ct)
    {
        await using var session = await core.WriteAsync(ct);
        var stored = await RequireMeetingAsync(session, meetingId, ct);
        var meeting = change(stored.Value);
        if (meeting.Items.SelectMany(i => i.Modifications).Except(stored.Value.Items.SelectMany(i => i.Modifications)).ToList() is { Count: > 0 } added)
        {
            foreach (var id in added) await RegisterCore.RequireAsync(session, id, ct);
        }

        await SaveAsync(session, meeting, stored.Version, ct);
        await core.AuditAsync(session, by, command, meeting.Id.ToString(), details, ct);
        await session.CommitAsync(ct);
        return new MeetingChange(meeting, details);
    }

    /// <summary>
    /// Records an outcome on an agenda item. When it carries the CSC's outcome, the step is taken on the
    /// modification in the same transaction, dated the meeting's day; if the process refuses it, nothing is written.
    /// </summary>
    public async Task<Meeting> RecordOutcomeAsync(string meetingId, int itemNumber, ItemOutcome outcome, Actor by, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var stored = await RequireMeetingAsync(session, meetingId, ct);
        var meeting = stored.Value.RecordOutcome(itemNumber, outcome);
        if (outcome is { Modification: { } id, Step: { } cscOutcome })
        {
            var modification = await RegisterCore.RequireAsync(session, id, ct);
            var version = modification.Version;
            var process = await core.ProcessAsync(session, ct);
            var step = new CscOutcomeRecorded(cscOutcome, outcome.Route ?? ModificationRoute.None, meeting.Id.ToString());
            var e = process.Take(modification, step, meeting.On, new Actor(CscName, ActorRole.ChangeSubCommittee));
            await session.AppendAsync(modification, version, ct);
            await core.AuditAsync(session, by, TransitionTable.StepFor(step).Name, modification.Reference, $"{e.Change.Describe()} at {meeting.Id}", ct);
        }

        await SaveAsync(session, meeting, stored.Version, ct);
        await core.AuditAsync(session, by, "meeting outcome", meeting.Id.ToString(),
            $"Item {itemNumber}: {outcome.Kind.ToString().ToUpperInvariant()} {outcome.Text}", ct);
        await session.CommitAsync(ct);
        return meeting;
    }

    /// <summary>
    /// Raises an action at a meeting with the next reference (CSC 11/01, 11/02, ...), or records one from
    /// history under its own reference; its raised date is its meeting's, or none when that meeting is not recorded.
    /// </summary>
    public async Task<ActionItem> RaiseActionAsync(string? meetingId, ActionReference? reference, string owner, string text, LocalDate? dueOn,
        IReadOnlyList<ModificationId> modifications, Actor by, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        MeetingId raisedAt;
        if (reference is { } given)
        {
            if (meetingId is not null && MeetingId.Parse(meetingId) != given.Meeting)
            {
                throw DomainException.Invalid($"Action {given} belongs to {given.Meeting}, not {MeetingId.Parse(meetingId)}.");
            }

            raisedAt = given.Meeting;
        }
        else
        {
            raisedAt = (await RequireMeetingAsync(session, meetingId ?? throw DomainException.Invalid("Say at which meeting the action was raised."), ct)).Value.Id;
        }

        var actions = await session.ActionsAsync(ct);
        var actionReference = reference ?? new ActionReference(raisedAt,
            actions.Where(a => a.Value.Reference.Meeting == raisedAt).Select(a => a.Value.Reference.Sequence).DefaultIfEmpty().Max() + 1);
        if (actions.Any(a => a.Value.Reference == actionReference))
        {
            throw DomainException.Broken($"Action {actionReference} already exists.");
        }

        foreach (var id in modifications) await RegisterCore.RequireAsync(session, id, ct);
        var raisedOn = (await session.FindMeetingAsync(raisedAt, ct))?.Value.On;
        var action = ActionItem.Raise(actionReference, raisedOn, owner, text, dueOn, modifications);
        await SaveAsync(session, action, 0, ct);
        await core.AuditAsync(session, by, "action raise", action.Reference.ToString(), $"{action.Owner}: {action.Text}", ct);
        await session.CommitAsync(ct);
        return action;
    }

    /// <summary>Records an update on an open action, given at a meeting.</summary>
    public Task<ActionItem> UpdateActionAsync(string reference, string meetingId, string text, Actor by, CancellationToken ct = default) =>
        ChangeActionAsync(reference, meetingId, (a, m) => a.Update(m.Id, m.On, text), "action update", text, by, ct);

    /// <summary>Closes an open action at a meeting.</summary>
    public Task<ActionItem> CloseActionAsync(string reference, string meetingId, string? text, Actor by, CancellationToken ct = default) =>
        ChangeActionAsync(reference, meetingId, (a, m) => a.Close(m.Id, m.On, text), "action close", text ?? "Closed", by, ct);

    public async Task<MeetingView> ShowAsync(string meetingId, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var stored = await RequireMeetingAsync(session, meetingId, ct);
        return await PresentAsync(session, stored.Value, (await session.ActionsAsync(ct)).Select(a => a.Value).ToList(), stored.Version, ct);
    }

    /// <summary>The meeting read back whole, its modifications named as they were known on its day.</summary>
    /// <param name="version">The version of the meeting's record that was read.</param>
    internal async Task<MeetingView> PresentAsync(IRegisterSession session, Meeting meeting, IReadOnlyList<ActionItem> actions, int version,
        CancellationToken ct)
    {
        var names = new Dictionary<ModificationId, string>();
        foreach (var id in meeting.Items.SelectMany(i => i.Modifications).Distinct())
        {
            names[id] = await session.FindAsync(id, ct) is { } m ? ReferenceAt(m, meeting.On) : id.ToString();
        }

        return MeetingView.Of(meeting, actions, id => names.GetValueOrDefault(id) ?? id.ToString(), await core.CalendarAsync(session, ct), core.Rules,
            version);
    }

    /// <param name="heldBy">When given, only the meetings held on or before that day (the register as at it).</param>
    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(string? bodyCode, LocalDate? heldBy = null, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var calendar = await core.CalendarAsync(session, ct);
        return (await session.MeetingsAsync(ct)).Select(m => m.Value)
            .Where(m => bodyCode is null || m.Id.Body == bodyCode)
            .Where(m => heldBy is not { } day || m.On <= day)
            .Select(m => MeetingSummary.Of(m, calendar, core.Rules)).ToList();
    }

    /// <summary>The action log, optionally only open actions or only those overdue on <paramref name="overdueAsOf"/>.</summary>
    public async Task<IReadOnlyList<ActionView>> ActionsAsync(bool openOnly, LocalDate? overdueAsOf, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        return (await session.ActionsAsync(ct)).Select(a => a.Value)
            .Where(a => !openOnly || a.Status == ActionStatus.Open)
            .Where(a => overdueAsOf is not { } asOf || a.IsOverdue(asOf))
            .Select(ActionView.Of).ToList();
    }

    /// <summary>The reference a modification had on a day (DPnnn until converted, MPnnn after), from its history up to that day.</summary>
    private static string ReferenceAt(Modification m, LocalDate on) => m.AsAt(on)?.Reference ?? m.Id.Display(false);

    private const string CscName = "Change Sub-Committee";

    private async Task<ActionItem> ChangeActionAsync(string reference, string meetingId, Func<ActionItem, Meeting, ActionItem> change,
        string command, string details, Actor by, CancellationToken ct)
    {
        await using var session = await core.WriteAsync(ct);
        var actionReference = ActionReference.Parse(reference);
        var stored = await session.FindActionAsync(actionReference, ct)
            ?? throw DomainException.NotFound($"There is no action {actionReference} in the action log.");
        var meeting = (await RequireMeetingAsync(session, meetingId, ct)).Value;
        if (meeting.Id.Body != actionReference.Meeting.Body || meeting.Id.Number <= actionReference.Meeting.Number)
        {
            throw DomainException.Broken($"Action {actionReference} is followed up at a later {actionReference.Meeting.Body} meeting, not at {meeting.Id}.");
        }

        var action = change(stored.Value, meeting);
        await SaveAsync(session, action, stored.Version, ct);
        await core.AuditAsync(session, by, command, action.Reference.ToString(), $"At {meeting.Id}: {details}", ct);
        await session.CommitAsync(ct);
        return action;
    }

    private static async Task<Stored<Meeting>> RequireMeetingAsync(IRegisterSession session, string meetingId, CancellationToken ct)
    {
        var id = MeetingId.Parse(meetingId);
        return await session.FindMeetingAsync(id, ct)
            ?? throw DomainException.NotFound($"There is no meeting {id} in the register.");
    }

    /// <summary>Saves a meeting once every text in it is within the input limits.</summary>
    private static Task<int> SaveAsync(IRegisterSession session, Meeting meeting, int expectedVersion, CancellationToken ct)
    {
        TextFields.Check(meeting);
        return session.SaveMeetingAsync(meeting, expectedVersion, ct);
    }

    /// <summary>Saves an action once every text in it is within the input limits.</summary>
    private static Task<int> SaveAsync(IRegisterSession session, ActionItem action, int expectedVersion, CancellationToken ct)
    {
        TextFields.Check(action);
        return session.SaveActionAsync(action, expectedVersion, ct);
    }
}
