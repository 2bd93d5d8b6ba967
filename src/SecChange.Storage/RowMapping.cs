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
        row.Series = m.Id.Series.ToString();
        row.Number = m.Id.Number;
        row.Alternative = m.Id.Alternative?.ToString();
        row.Reference = m.Reference;
        row.Title = m.Title;
        row.TitleSearch = RegisterFilter.SearchText(m);
        row.State = m.State.ToString();
        row.Stage = m.Stage.ToString();
        row.Path = m.Path.ToString();
        row.ProposerOrganisation = m.ProposerOrganisation;
        row.ReleaseId = ModificationSummary.CurrentRelease(m);
        row.Classification = m.Classification.ToString();
        row.RaisedOn = m.FirstKnownOn.ToDateOnly(); // the column predates unknown raised dates: it holds the first known date
        row.LastEventOn = m.LastEventOn.ToDateOnly();
        row.Parent = m.Parent?.ToString();
        row.Version = m.Version;
    }

    /// <summary>A LIKE pattern finding the text anywhere in the search column (with \ escaping LIKE's wildcards).</summary>
    public static string LikePattern(string text) =>
        "%" + text.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    public static ModificationSummary Summary(ModificationRow r) => new(
        ModificationId.Parse(r.Id), r.Reference, r.Title,
        Enum.Parse<ModificationState>(r.State), Enum.Parse<Stage>(r.Stage), Enum.Parse<ModificationPath>(r.Path),
        r.ProposerOrganisation, r.ReleaseId, Enum.Parse<Classification>(r.Classification),
        LocalDate.FromDateOnly(r.RaisedOn), LocalDate.FromDateOnly(r.LastEventOn),
        r.Parent is null ? null : ModificationId.Parse(r.Parent), r.Version);

    public static EventRow ToRow(ModificationEvent e) => new()
    {
        ModificationId = e.Modification.ToString(),
        Sequence = e.Sequence,
        OccurredOn = e.OccurredOn.ToDateOnly(),
        RecordedAt = e.RecordedAt.ToDateTimeUtc(),
        ActorName = e.By.Name,
        ActorRole = e.By.Role.ToString(),
        ActorOrganisation = e.By.Organisation,
        Reason = e.Reason,
        Type = e.Change.GetType().Name,
        Payload = JsonSerializer.Serialize(e.Change, RegisterJson.Options),
    };

    public static ModificationEvent FromRow(EventRow r, ModificationId id) => new(
        id,
        r.Sequence,
        LocalDate.FromDateOnly(r.OccurredOn),
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc)),
        new Actor(r.ActorName, Enum.Parse<ActorRole>(r.ActorRole), r.ActorOrganisation),
        r.Reason,
        JsonSerializer.Deserialize<ModificationChange>(r.Payload, RegisterJson.Options)!);

    public static PartyRow ToRow(Party p) => new() { Name = p.Name, Category = p.Category.ToString() };

    public static Party FromRow(PartyRow r) => new(r.Name, Enum.Parse<PartyCategory>(r.Category));

    public static PersonRow ToRow(Person p) => new() { Name = p.Name, Organisation = p.Organisation, Role = p.Role };

    public static Person FromRow(PersonRow r) => new(r.Name, r.Organisation, r.Role);

    public static ReleaseRow ToRow(Release r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        ReleaseDate = r.Date.ToDateOnly(),
        Kind = r.Kind.ToString(),
        AcceptsDccSystemChanges = r.AcceptsDccSystemChanges,
        AcceptsDuisChanges = r.AcceptsDuisChanges,
        DccScopeBaselinedOn = r.DccScopeBaselinedOn?.ToDateOnly(),
        FullScopeBaselinedOn = r.FullScopeBaselinedOn?.ToDateOnly(),
    };

    public static Release FromRow(ReleaseRow r) => new(
        r.Id, r.Name, LocalDate.FromDateOnly(r.ReleaseDate), Enum.Parse<ReleaseKind>(r.Kind),
        r.AcceptsDccSystemChanges, r.AcceptsDuisChanges,
        r.DccScopeBaselinedOn is { } d ? LocalDate.FromDateOnly(d) : null,
        r.FullScopeBaselinedOn is { } f ? LocalDate.FromDateOnly(f) : null);

    public static CalendarOverrideRow ToRow(CalendarOverride o) =>
        new() { Date = o.Date.ToDateOnly(), IsWorkingDay = o.IsWorkingDay, Reason = o.Reason };

    public static CalendarOverride FromRow(CalendarOverrideRow r) => new(LocalDate.FromDateOnly(r.Date), r.IsWorkingDay, r.Reason);

    public static BankHolidayRow ToRow(BankHoliday h) => new() { Date = h.Date.ToDateOnly(), Title = h.Title, Notes = h.Notes };

    public static BankHoliday FromRow(BankHolidayRow r) => new(LocalDate.FromDateOnly(r.Date), r.Title, r.Notes);

    public static ChangeBoardMemberRow ToRow(ChangeBoardMember m) =>
        new() { Name = m.Name, Organisation = m.Organisation, VotingGroup = m.Group.ToString(), AlternateFor = m.AlternateFor };

    public static ChangeBoardMember FromRow(ChangeBoardMemberRow r) =>
        new(r.Name, r.Organisation, Enum.Parse<VotingGroup>(r.VotingGroup), r.AlternateFor);

    public static AuditRow ToRow(AuditEntry a) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        At = a.At.ToDateTimeUtc(),
        Actor = a.Actor,
        Command = a.Command,
        Target = a.Target,
        Details = a.Details,
    };

    public static AuditEntry FromRow(AuditRow r) =>
        new(Instant.FromDateTimeUtc(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)), r.Actor, r.Command, r.Target, r.Details);

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
        Status = a.Status.ToString(),
        DueOn = a.DueOn?.ToDateOnly(),
        Document = JsonSerializer.Serialize(a, RegisterJson.Options),
        Version = version,
    };

    public static Stored<ActionItem> FromRow(ActionRow r) => new(JsonSerializer.Deserialize<ActionItem>(r.Document, RegisterJson.Options)!, r.Version);
}
