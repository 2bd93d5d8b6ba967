namespace SecChange.Storage.Rows;

// Table rows. Enums are stored by their stable names (StableEnumNames), so the database stays readable
// and survives reordering and renaming.

/// <summary>The list projection of a modification, updated with every append; Version guards concurrent edits.</summary>
public sealed class ModificationRow
{
    public string Id { get; set; } = "";
    public string Series { get; set; } = "";
    public int Number { get; set; }
    public string? Alternative { get; set; }
    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";
    public string TitleSearch { get; set; } = "";
    public string State { get; set; } = "";
    public string Stage { get; set; } = "";
    public string Path { get; set; } = "";
    public string? ProposerOrganisation { get; set; }
    public string? ReleaseId { get; set; }
    public string Classification { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    public DateOnly LastEventOn { get; set; }
    public string? Parent { get; set; }
    public int Version { get; set; }
}

public sealed class EventRow
{
    public string ModificationId { get; set; } = "";
    public int Sequence { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DateTime RecordedAt { get; set; }
    public string ActorName { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public string? ActorOrganisation { get; set; }
    public string? Reason { get; set; }
    /// <summary>The event's stable name and version (EventTypes); the payload carries them too.</summary>
    public string Type { get; set; } = "";
    public int TypeVersion { get; set; } = 1;
    public string Payload { get; set; } = "";
}

public sealed class PartyRow
{
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
}

public sealed class PersonRow
{
    public string Name { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string? Role { get; set; }
}

public sealed class ReleaseRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public DateOnly ReleaseDate { get; set; }
    public string Kind { get; set; } = "";
    public bool AcceptsDccSystemChanges { get; set; }
    public bool AcceptsDuisChanges { get; set; }
    public DateOnly? DccScopeBaselinedOn { get; set; }
    public DateOnly? FullScopeBaselinedOn { get; set; }
}

public sealed class CalendarOverrideRow
{
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class BankHolidayRow
{
    public DateOnly Date { get; set; }
    public string Title { get; set; } = "";
    public string Notes { get; set; } = "";
}

public sealed class ChangeBoardMemberRow
{
    public string Name { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string VotingGroup { get; set; } = "";
    public string? AlternateFor { get; set; }
}

public sealed class AuditRow
{
    public string Id { get; set; } = "";
    public DateTime At { get; set; }
    public string Actor { get; set; } = "";
    public string Command { get; set; } = "";
    public string Target { get; set; } = "";
    public string Details { get; set; } = "";
    public string? Client { get; set; }
}
