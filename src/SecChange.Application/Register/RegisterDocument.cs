using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;
using SecChange.Domain.Voting;

namespace SecChange.Application.Register;

/// <summary>
/// The whole register as one JSON document: the export and import format, and the format of the
/// shipped sample register. Events keep their real dates; <c>recordedAt</c> may be left out of hand-made
/// files (the import time is used). Version 2 names events by their stable names and versions; version 1
/// named them by class name, which is still read (<see cref="Json.EventTypes"/>).
/// </summary>
public sealed record RegisterDocument
{
    public const string FormatName = "secchange-register";
    public const int CurrentVersion = 2;

    public string Format { get; init; } = FormatName;
    public int Version { get; init; } = CurrentVersion;
    public string? Description { get; init; }
    public Instant? ExportedAt { get; init; }
    public IReadOnlyList<Party> Parties { get; init; } = [];
    public IReadOnlyList<Person> People { get; init; } = [];
    public IReadOnlyList<Release> Releases { get; init; } = [];
    public IReadOnlyList<CalendarOverride> CalendarOverrides { get; init; } = [];

    /// <summary>Bank holidays imported into the register (whole years, England and Wales); the shipped years are not repeated.</summary>
    public IReadOnlyList<BankHoliday> BankHolidays { get; init; } = [];
    public IReadOnlyList<ModificationHistory> Modifications { get; init; } = [];
    public IReadOnlyList<ChangeBoardMember> ChangeBoardMembers { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
    public IReadOnlyList<ActionItem> Actions { get; init; } = [];
}

/// <summary>One modification's events, in order.</summary>
public sealed record ModificationHistory(ModificationId Id, IReadOnlyList<HistoryEvent> Events);

/// <summary>One event as written in a register document (the modification is given by its history).</summary>
public sealed record HistoryEvent(LocalDate On, Actor By, ModificationChange Change, string? Reason = null, Instant? RecordedAt = null);
