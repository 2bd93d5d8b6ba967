namespace SecChange.Storage.Rows;

/// <summary>A meeting: its key columns for lookups and its whole record as JSON; Version guards concurrent edits.</summary>
public sealed class MeetingRow
{
    public string Id { get; set; } = "";
    public string Body { get; set; } = "";
    public int Number { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Document { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>An action: its reference (unique), status and due date as columns, the whole action as JSON.</summary>
public sealed class ActionRow
{
    public string Reference { get; set; } = "";
    public string MeetingId { get; set; } = "";
    public int Sequence { get; set; }
    public string Status { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public string Document { get; set; } = "";
    public int Version { get; set; }
}
