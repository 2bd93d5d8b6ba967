using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Application.Meetings;

/// <summary>
/// A meeting read back whole, in the order of its minutes: the header with the paper deadline, who came,
/// apologies, actions outstanding (carried forward from earlier meetings of the body), agenda items with
/// their outcomes, the actions raised at it, any other business and the next meeting.
/// </summary>
public sealed record MeetingView(
    string Id,
    MeetingBody Body,
    LocalDate On,
    LocalTime? From,
    LocalTime? To,
    string? Place,
    Classification Classification,
    LocalDate PaperDeadline,
    IReadOnlyList<Attendee> Attendees,
    IReadOnlyList<Apology> Apologies,
    IReadOnlyList<ActionView> ActionsOutstanding,
    IReadOnlyList<ItemView> Items,
    IReadOnlyList<ActionView> NewActions,
    IReadOnlyList<string> OtherBusiness,
    LocalDate? NextMeetingOn,
    MinutesApproval? MinutesApproved,
    // Which state of the record this is (a document's provenance), not part of what the meeting says: a meeting recreated
    // step by step reads back the same as one imported whole.
    [property: System.Text.Json.Serialization.JsonIgnore] int Version)
{
    /// <summary>Minutes are a draft until the body approves them at a later meeting.</summary>
    public bool IsDraft => MinutesApproved is null;

    /// <param name="reference">How a modification was known at the meeting (DP098 before its conversion, MP098 after).</param>
    /// <param name="version">The version of the meeting's record read (it grows with every change to it).</param>
    public static MeetingView Of(Meeting m, IReadOnlyList<ActionItem> actions, Func<ModificationId, string> reference, WorkingDayCalendar calendar,
        CodeRules rules, int version) => new(
        m.Id.ToString(), m.Id.Kind, m.On, m.From, m.To, m.Place, m.Classification, m.PaperDeadline(calendar, rules),
        m.Attendees, m.Apologies,
        [.. actions.Where(a => a.IsOutstandingAt(m)).OrderBy(a => a.Reference.Meeting.Number).ThenBy(a => a.Reference.Sequence).Select(ActionView.Of)],
        [.. m.Items.Select(i => ItemView.Of(i, reference))],
        [.. actions.Where(a => a.Reference.Meeting == m.Id).OrderBy(a => a.Reference.Sequence).Select(ActionView.Of)],
        m.OtherBusiness, m.NextMeetingOn, m.MinutesApproved, version);
}

/// <summary>An agenda item with the modifications it concerns named as they were known at the meeting.</summary>
public sealed record ItemView(int Number, string Title, IReadOnlyList<string> Modifications, IReadOnlyList<OutcomeView> Outcomes)
{
    public static ItemView Of(AgendaItem item, Func<ModificationId, string> reference) => new(item.Number, item.Title,
        [.. item.Modifications.Select(reference)],
        [.. item.Outcomes.Select(o => new OutcomeView(o.Kind, o.Text, o.Modification is { } id ? reference(id) : null,
            o.Step, o.Route))]);
}

/// <summary>An outcome as the minutes give it, with the CSC's process outcome when it carried one.</summary>
public sealed record OutcomeView(OutcomeKind Kind, string Text, string? Modification, CscOutcome? Step, ModificationRoute? Route);

/// <summary>One line of the meeting list.</summary>
public sealed record MeetingSummary(string Id, MeetingBody Body, LocalDate On, LocalTime? From, LocalTime? To, string? Place,
    LocalDate PaperDeadline, int Attendees, int Items, LocalDate? NextMeetingOn)
{
    public static MeetingSummary Of(Meeting m, WorkingDayCalendar calendar, CodeRules rules) =>
        new(m.Id.ToString(), m.Id.Kind, m.On, m.From, m.To, m.Place, m.PaperDeadline(calendar, rules), m.Attendees.Count, m.Items.Count, m.NextMeetingOn);
}

/// <summary>An action as the log and the minutes show it.</summary>
public sealed record ActionView(string Reference, string RaisedAt, LocalDate? RaisedOn, string Owner, string Text, LocalDate? DueOn,
    ActionStatus Status, LocalDate? ClosedOn, IReadOnlyList<string> Modifications, IReadOnlyList<ActionUpdateView> Updates)
{
    public static ActionView Of(ActionItem a) => new(a.Reference.ToString(), a.Reference.Meeting.ToString(), a.RaisedOn, a.Owner, a.Text, a.DueOn,
        a.Status, a.ClosedOn, [.. a.Modifications.Select(m => m.Display(false))],
        [.. a.Updates.Select(u => new ActionUpdateView(u.Meeting.ToString(), u.On, u.Text))]);
}

public sealed record ActionUpdateView(string Meeting, LocalDate On, string Text);
