using NodaTime;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Meetings;

public enum ActionStatus
{
    None = 0,
    Open,
    Closed,
}

/// <summary>An update on an action given at a later meeting ("An update was provided ...").</summary>
public sealed record ActionUpdate(MeetingId Meeting, LocalDate On, string Text);

/// <summary>
/// An action from a meeting's log. It stays Open, and is carried onto each next meeting of its body as
/// an action outstanding, until closed. <see cref="RaisedOn"/> is null for an action known only from a
/// later meeting's minutes (e.g. CSC 10/01, whose meeting is not recorded), so no date is invented.
/// </summary>
public sealed record ActionItem
{
    public required ActionReference Reference { get; init; }
    public LocalDate? RaisedOn { get; init; }
    public required string Owner { get; init; }
    public required string Text { get; init; }
    public LocalDate? DueOn { get; init; }
    public ActionStatus Status { get; init; } = ActionStatus.Open;
    public LocalDate? ClosedOn { get; init; }
    public IReadOnlyList<ModificationId> Modifications { get; init; } = [];
    public IReadOnlyList<ActionUpdate> Updates { get; init; } = [];

    public static ActionItem Raise(ActionReference reference, LocalDate? raisedOn, string owner, string text, LocalDate? dueOn,
        IReadOnlyList<ModificationId> modifications)
    {
        if (string.IsNullOrWhiteSpace(owner)) throw DomainException.Invalid("An action needs an owner (a party or a person).");
        if (string.IsNullOrWhiteSpace(text)) throw DomainException.Invalid("An action needs its text.");
        if (raisedOn is { } raised && dueOn is { } due && due < raised)
        {
            throw DomainException.Invalid($"An action cannot be due ({due:yyyy-MM-dd}) before it was raised ({raised:yyyy-MM-dd}).");
        }

        return new ActionItem
        {
            Reference = reference, RaisedOn = raisedOn, Owner = owner.Trim(), Text = text.Trim(), DueOn = dueOn,
            Modifications = modifications.Distinct().ToList(),
        };
    }

    /// <summary>Records an update given at a later meeting; the action stays open.</summary>
    public ActionItem Update(MeetingId meeting, LocalDate on, string text)
    {
        RequireOpen("updated");
        if (string.IsNullOrWhiteSpace(text)) throw DomainException.Invalid("An update needs its text.");
        RequireNotBeforeRaised(on, "an update");
        return this with { Updates = [.. Updates, new ActionUpdate(meeting, on, text.Trim())] };
    }

    /// <summary>Closes the action at a meeting, with an optional closing note.</summary>
    public ActionItem Close(MeetingId meeting, LocalDate on, string? text)
    {
        RequireOpen("closed");
        RequireNotBeforeRaised(on, "closing it");
        var updates = string.IsNullOrWhiteSpace(text) ? Updates : [.. Updates, new ActionUpdate(meeting, on, text.Trim())];
        return this with { Status = ActionStatus.Closed, ClosedOn = on, Updates = updates };
    }

    /// <summary>Open and past its due date on <paramref name="asOf"/>.</summary>
    public bool IsOverdue(LocalDate asOf) => Status == ActionStatus.Open && DueOn is { } due && due < asOf;

    /// <summary>
    /// True when the action belongs on a meeting's "actions outstanding": raised at an earlier meeting of
    /// the same body, and either updated at that meeting or not closed before it.
    /// </summary>
    public bool IsOutstandingAt(Meeting meeting) =>
        Reference.Meeting.Body == meeting.Id.Body && Reference.Meeting.Number < meeting.Id.Number
        && (Updates.Any(u => u.Meeting == meeting.Id) || ClosedOn is null || ClosedOn >= meeting.On);

    private void RequireOpen(string doing)
    {
        if (Status == ActionStatus.Closed)
        {
            throw DomainException.Broken($"Action {Reference} was closed on {ClosedOn:yyyy-MM-dd}; it cannot be {doing}.");
        }
    }

    private void RequireNotBeforeRaised(LocalDate on, string what)
    {
        if (RaisedOn is { } raised && on < raised)
        {
            throw DomainException.Broken($"Action {Reference} was raised on {raised:yyyy-MM-dd}; {what} cannot be dated {on:yyyy-MM-dd}.");
        }
    }
}
