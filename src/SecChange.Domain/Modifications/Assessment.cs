using NodaTime;
using SecChange.Domain.Calendar;

namespace SecChange.Domain.Modifications;

/// <summary>A revised return date agreed with the DCC, with its reason.</summary>
public sealed record AssessmentRevision(LocalDate AgreedOn, LocalDate AgreedDate, string? Reason);

/// <summary>A pause for clarification; <see cref="To"/> is null while it lasts.</summary>
public sealed record AssessmentPause(LocalDate From, LocalDate? To);

/// <summary>
/// A DCC Preliminary or Impact Assessment. Durations are in Working Days from acceptance, less the
/// working days it spent paused, as the Change Status Report counts them.
/// </summary>
public sealed class Assessment
{
    internal Assessment(string id, AssessmentKind kind, int targetWorkingDays)
    {
        Id = id;
        Kind = kind;
        TargetWorkingDays = targetWorkingDays;
    }

    public string Id { get; }
    public AssessmentKind Kind { get; internal set; }
    public int TargetWorkingDays { get; internal set; }
    /// <summary>Null when the assessment predates SecChange and its request date was not published.</summary>
    public LocalDate? RequestedOn { get; internal set; }
    public LocalDate? ChangeBoardApprovedOn { get; internal set; }
    public LocalDate? AcceptedOn { get; internal set; }
    public LocalDate? ReturnedOn { get; internal set; }
    public List<AssessmentRevision> Revisions { get; } = [];
    public List<AssessmentPause> Pauses { get; } = [];

    public bool IsOpen => ReturnedOn is null;
    public bool IsPaused => Pauses.Count > 0 && Pauses[^1].To is null;

    /// <summary>
    /// The date the DCC is now held to: the latest agreed revision, else acceptance plus the target,
    /// moved on by the working days of every finished pause (a running pause has no end to add yet).
    /// </summary>
    public LocalDate? DueOn(WorkingDayCalendar calendar) =>
        Revisions.Count > 0 ? Revisions[^1].AgreedDate
        : AcceptedOn is { } accepted
            ? calendar.AddWorkingDays(accepted, TargetWorkingDays + Pauses.Where(p => p.To is not null).Sum(p => calendar.WorkingDaysBetween(p.From, p.To!.Value)))
            : null;

    /// <summary>Working days from acceptance to <paramref name="asOf"/> (or to its return), less pauses.</summary>
    public int? DurationAsOf(WorkingDayCalendar calendar, LocalDate asOf)
    {
        if (AcceptedOn is not { } accepted || asOf < accepted)
        {
            return AcceptedOn is null ? null : 0;
        }

        var end = ReturnedOn is { } returned && returned < asOf ? returned : asOf;
        // Only the part of each pause that fell before the end counts against the duration.
        var paused = Pauses.Where(p => p.From < end)
            .Sum(p => calendar.WorkingDaysBetween(p.From, p.To is { } to && to < end ? to : end));
        return calendar.WorkingDaysBetween(accepted, end) - paused;
    }

    /// <summary>The actual duration of a returned assessment; null while open or when acceptance is unknown.</summary>
    public int? ActualDuration(WorkingDayCalendar calendar) =>
        ReturnedOn is { } returned ? DurationAsOf(calendar, returned) : null;
}
