using System.Text.Json;
using NodaTime;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;
using SecChange.Domain.Voting;
using SecChange.Storage.Rows;

namespace SecChange.Storage;

/// <summary>Converts between domain values and table rows; the only place that knows both.</summary>
internal static class RowMapping
{
    public static void Project(Modification m, ModificationRow row)
    {
        row.Id = m.Id.ToString();
        row.Series = StableEnumNames.Name(m.Id.Series);
        row.Number = m.Id.Number;
        row.Alternative = m.Id.Alternative?.ToString();
        row.Reference = m.Reference;
        row.Title = m.Title;
        row.TitleSearch = RegisterFilter.SearchText(m);
        row.State = StableEnumNames.Name(m.State);
        row.Stage = StableEnumNames.Name(m.Stage);
        row.Path = StableEnumNames.Name(m.Path);
        row.ProposerOrganisation = m.ProposerOrganisation;
        row.ReleaseId = ModificationSummary.CurrentRelease(m);
        row.Classification = StableEnumNames.Name(m.Classification);
        row.RaisedOn = m.FirstKnownOn.ToDateOnly(); // the column predates unknown raised dates: it holds the first known date
        row.LastEventOn = m.LastEventOn.ToDateOnly();
        row.Parent = m.Parent?.ToString();
        row.Version = m.Version;
    }

    /// <summary>A LIKE pattern finding the text anywhere in the search column (with \ escaping LIKE's wildcards).</summary>
    public static string LikePattern(string text) =>
        "%" + text.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>True when two list rows hold the same values in every column.</summary>
    public static bool SameProjection(ModificationRow a, ModificationRow b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    public static ModificationSummary Summary(ModificationRow r) => new(
        ModificationId.Parse(r.Id), r.Reference, r.Title,
        StableEnumNames.Parse<ModificationState>(r.State), StableEnumNames.Parse<Stage>(r.Stage), StableEnumNames.Parse<ModificationPath>(r.Path),
        r.ProposerOrganisation, r.ReleaseId, StableEnumNames.Parse<Classification>(r.Classification),
        LocalDate.FromDateOnly(r.RaisedOn), LocalDate.FromDateOnly(r.LastEventOn),
        r.Parent is null ? null : ModificationId.Parse(r.Parent), r.Version);

    public static EventRow ToRow(ModificationEvent e) => new()
    {
        ModificationId = e.Modification.ToString(),
        Sequence = e.Sequence,
        OccurredOn = e.OccurredOn.ToDateOnly(),
        RecordedAt = e.RecordedAt.ToDateTimeUtc(),
        ActorName = e.By.Name,
        ActorRole = StableEnumNames.Name(e.By.Role),
        ActorOrganisation = e.By.Organisation,
        Reason = e.Reason,
        Type = EventTypes.Current.Of(e.Change).Name,
        TypeVersion = EventTypes.Current.Of(e.Change).Version,
        Payload = JsonSerializer.Serialize(e.Change, RegisterJson.Options),
    };

    public static ModificationEvent FromRow(EventRow r, ModificationId id) => new(
        id,
        r.Sequence,
        LocalDate.FromDateOnly(r.OccurredOn),
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc)),
        new Actor(r.ActorName, StableEnumNames.Parse<ActorRole>(r.ActorRole), r.ActorOrganisation),
        r.Reason,
        StoredChanges.Read(r.Payload));

    public static PartyRow ToRow(Party p) => new() { Name = p.Name, Category = StableEnumNames.Name(p.Category) };

    public static Party FromRow(PartyRow r) => new(r.Name, StableEnumNames.Parse<PartyCategory>(r.Category));

    public static PersonRow ToRow(Person p) => new() { Name = p.Name, Organisation = p.Organisation, Role = p.Role };

    public static Person FromRow(PersonRow r) => new(r.Name, r.Organisation, r.Role);

    public static ReleaseRow ToRow(Release r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        ReleaseDate = r.Date.ToDateOnly(),
        Kind = StableEnumNames.Name(r.Kind),
        AcceptsDccSystemChanges = r.AcceptsDccSystemChanges,
        AcceptsDuisChanges = r.AcceptsDuisChanges,
        DccScopeBaselinedOn = r.DccScopeBaselinedOn?.ToDateOnly(),
        FullScopeBaselinedOn = r.FullScopeBaselinedOn?.ToDateOnly(),
    };

    public static Release FromRow(ReleaseRow r) => new(
        r.Id, r.Name, LocalDate.FromDateOnly(r.ReleaseDate), StableEnumNames.Parse<ReleaseKind>(r.Kind),
        r.AcceptsDccSystemChanges, r.AcceptsDuisChanges,
        r.DccScopeBaselinedOn is { } d ? LocalDate.FromDateOnly(d) : null,
        r.FullScopeBaselinedOn is { } f ? LocalDate.FromDateOnly(f) : null);

    public static CalendarOverrideRow ToRow(CalendarOverride o) =>
        new() { Date = o.Date.ToDateOnly(), IsWorkingDay = o.IsWorkingDay, Reason = o.Reason };

    public static CalendarOverride FromRow(CalendarOverrideRow r) => new(LocalDate.FromDateOnly(r.Date), r.IsWorkingDay, r.Reason);

    public static BankHolidayRow ToRow(BankHoliday h) => new() { Date = h.Date.ToDateOnly(), Title = h.Title, Notes = h.Notes };

    public static BankHoliday FromRow(BankHolidayRow r) => new(LocalDate.FromDateOnly(r.Date), r.Title, r.Notes);

    public static ChangeBoardMemberRow ToRow(ChangeBoardMember m) =>
        new() { Name = m.Name, Organisation = m.Organisation, VotingGroup = StableEnumNames.Name(m.Group), AlternateFor = m.AlternateFor };

    public static ChangeBoardMember FromRow(ChangeBoardMemberRow r) =>
        new(r.Name, r.Organisation, StableEnumNames.Parse<VotingGroup>(r.VotingGroup), r.AlternateFor);

    public static AuditRow ToRow(AuditEntry a) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        At = a.At.ToDateTimeUtc(),
        Actor = a.Actor,
        Command = a.Command,
        Target = a.Target,
        Details = a.Details,
        Client = a.Client,
    };

    public static AuditEntry FromRow(AuditRow r) =>
        new(Instant.FromDateTimeUtc(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)), r.Actor, r.Command, r.Target, r.Details, r.Client);

    public static MeetingRow ToRow(Meeting m, int version) => new()
    {
        Id = m.Id.ToString(),
        Body = m.Id.Body,
        Number = m.Id.Number,
        HeldOn = m.On.ToDateOnly(),
        Document = JsonSerializer.Serialize(m, RegisterJson.Options),
        Version = version,
    };

    public static Stored<Meeting> FromRow(MeetingRow r) => new(JsonSerializer.Deserialize<Meeting>(r.Document, RegisterJson.Options)!, r.Version);

    public static ActionRow ToRow(ActionItem a, int version) => new()
    {
        Reference = a.Reference.ToString(),
        MeetingId = a.Reference.Meeting.ToString(),
        Sequence = a.Reference.Sequence,
        Status = StableEnumNames.Name(a.Status),
        DueOn = a.DueOn?.ToDateOnly(),
        Document = JsonSerializer.Serialize(a, RegisterJson.Options),
        Version = version,
    };

    public static Stored<ActionItem> FromRow(ActionRow r) => new(JsonSerializer.Deserialize<ActionItem>(r.Document, RegisterJson.Options)!, r.Version);
}
