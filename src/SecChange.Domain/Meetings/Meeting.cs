using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Domain.Meetings;

/// <summary>
/// A meeting of a body, as its minutes record it. Immutable: every change returns a new meeting, so a
/// refused change leaves the stored one as it was. Actions are kept apart (<see cref="ActionItem"/>)
/// because they outlive the meeting that raised them.
/// </summary>
public sealed record Meeting
{
    public required MeetingId Id { get; init; }
    public required LocalDate On { get; init; }
    public LocalTime? From { get; init; }
    public LocalTime? To { get; init; }
    public string? Place { get; init; }
    public Classification Classification { get; init; } = Classification.White;
    public IReadOnlyList<Attendee> Attendees { get; init; } = [];
    public IReadOnlyList<Apology> Apologies { get; init; } = [];
    public IReadOnlyList<AgendaItem> Items { get; init; } = [];
    public IReadOnlyList<string> OtherBusiness { get; init; } = [];
    public LocalDate? NextMeetingOn { get; init; }

    /// <summary>Where and when these minutes were approved; null while they are a draft.</summary>
    public MinutesApproval? MinutesApproved { get; init; }

    /// <summary>Creates a meeting; the end, when given, must follow the start.</summary>
    public static Meeting Schedule(MeetingId id, LocalDate on, LocalTime? from, LocalTime? to, string? place, Classification classification)
    {
        if (from is { } start && to is { } end && end <= start)
        {
            throw DomainException.Invalid($"The meeting must end after it starts ({start:HH:mm} to {end:HH:mm}).");
        }

        if (classification == Classification.None)
        {
            throw DomainException.Invalid("A meeting needs a classification: red, amber, green or white.");
        }

        return new Meeting { Id = id, On = on, From = from, To = to, Place = Blank(place), Classification = classification };
    }

    /// <summary>The last day for papers: <paramref name="rules"/>' Working Days before the meeting.</summary>
    public LocalDate PaperDeadline(WorkingDayCalendar calendar, CodeRules rules) =>
        calendar.AddWorkingDays(On, -rules.PaperDeadlineWorkingDays);

    public Meeting Attend(Attendee attendee)
    {
        Require(attendee.Name, "An attendee needs a name.");
        if (string.IsNullOrWhiteSpace(attendee.Category) && string.IsNullOrWhiteSpace(attendee.Organisation))
        {
            throw DomainException.Invalid($"Say what {attendee.Name} represents: a category (e.g. 'Large Suppliers') or an organisation.");
        }

        if (Attendees.Any(a => Same(a.Name, attendee.Name)))
        {
            throw DomainException.Broken($"{attendee.Name} is already recorded as attending {Id}.");
        }

        return this with { Attendees = [.. Attendees, attendee] };
    }

    public Meeting Apologise(Apology apology)
    {
        Require(apology.Name, "An apology needs a name.");
        Require(apology.Representing, "Say whom the apology is from: the category or organisation represented.");
        if (Apologies.Any(a => Same(a.Name, apology.Name)) || Attendees.Any(a => Same(a.Name, apology.Name)))
        {
            throw DomainException.Broken($"{apology.Name} is already recorded at {Id}.");
        }

        return this with { Apologies = [.. Apologies, apology] };
    }

    public Meeting AddItem(int number, string title, IReadOnlyList<ModificationId> modifications)
    {
        Require(title, "An agenda item needs a title.");
        if (number <= 0) throw DomainException.Invalid("An agenda item's number must be positive.");
        if (Items.Any(i => i.Number == number))
        {
            throw DomainException.Broken($"{Id} already has an item {number}.");
        }

        var item = new AgendaItem(number, title.Trim(), modifications.Distinct().ToList(), []);
        return this with { Items = [.. Items.Append(item).OrderBy(i => i.Number)] };
    }

    /// <summary>
    /// Records an outcome on an item. An outcome naming a modification must name one the item concerns;
    /// a process step (the CSC's outcome) needs a modification.
    /// </summary>
    public Meeting RecordOutcome(int itemNumber, ItemOutcome outcome)
    {
        var item = Items.FirstOrDefault(i => i.Number == itemNumber)
            ?? throw DomainException.NotFound($"{Id} has no item {itemNumber}; add the item to the agenda first.");
        Require(outcome.Text, "An outcome needs its text, as the minutes word it.");
        if (outcome.Kind == OutcomeKind.None) throw DomainException.Invalid("An outcome is agreed, recommended or noted.");
        if (outcome.Modification is null && (outcome.Step is not null || outcome.Route is not null))
        {
            throw DomainException.Broken(item.Modifications.Count == 0
                ? $"Item {itemNumber} of {Id} concerns no modification, so its outcome cannot carry a process step."
                : $"Name the modification the process step is for, one of {string.Join(", ", item.Modifications)}.");
        }

        if (outcome.Modification is { } m && !item.Modifications.Contains(m))
        {
            throw DomainException.Broken(item.Modifications.Count == 0
                ? $"Item {itemNumber} of {Id} concerns no modification, so its outcome cannot name {m}."
                : $"Item {itemNumber} of {Id} concerns {string.Join(", ", item.Modifications)}, not {m}.");
        }

        if (outcome.Step is not null && Id.Kind != MeetingBody.ChangeSubCommittee)
        {
            throw DomainException.Broken($"Only a Change Sub-Committee meeting records a CSC outcome; {Id} is not one.");
        }

        var updated = item with { Outcomes = [.. item.Outcomes, outcome with { Text = outcome.Text.Trim() }] };
        return this with { Items = [.. Items.Select(i => i.Number == itemNumber ? updated : i)] };
    }

    public Meeting AddOtherBusiness(string text)
    {
        Require(text, "Any other business needs its text.");
        return this with { OtherBusiness = [.. OtherBusiness, text.Trim()] };
    }

    public Meeting ScheduleNext(LocalDate on)
    {
        if (on <= On)
        {
            throw DomainException.Invalid($"The next meeting ({on:yyyy-MM-dd}) must come after {Id} ({On:yyyy-MM-dd}).");
        }

        return this with { NextMeetingOn = on };
    }

    /// <summary>
    /// The body approves these minutes at <paramref name="at"/>, a later meeting of the same body (usually the next):
    /// from then on they are final. Minutes are approved once.
    /// </summary>
    public Meeting ApproveMinutes(Meeting at)
    {
        if (MinutesApproved is { } done)
        {
            throw DomainException.Broken($"The minutes of {Id} were already approved at {done.At} on {done.On:yyyy-MM-dd}.");
        }

        if (at.Id.Body != Id.Body || at.On <= On)
        {
            throw DomainException.Broken(
                $"The minutes of {Id} ({On:yyyy-MM-dd}) are approved at a later {Id.Body} meeting; {at.Id} was held on {at.On:yyyy-MM-dd}.");
        }

        return this with { MinutesApproved = new MinutesApproval(at.Id, at.On) };
    }

    private static void Require(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw DomainException.Invalid(message);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
