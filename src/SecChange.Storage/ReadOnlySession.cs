using System.Data.Common;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Releases;
using SecChange.Domain.Voting;

namespace SecChange.Storage;

/// <summary>
/// A plain read on its own connection. The reads a short command makes go straight to SQL; any other read
/// opens an EF session on the same connection only when first needed, so `list` and `show` never build the EF model.
/// </summary>
internal sealed class ReadOnlySession(DbConnection connection, Func<DbConnection, IRegisterSession> openEf) : IRegisterSession
{
    private IRegisterSession? _ef;

    private IRegisterSession Ef => _ef ??= openEf(connection);

    public Task<Modification?> FindAsync(ModificationId id, CancellationToken ct = default) =>
        Guard.RunAsync(() => SqlReads.FindAsync(connection, null, id, ct), "read the register");

    public Task<IReadOnlyDictionary<ModificationId, Modification>> FindManyAsync(IReadOnlyCollection<ModificationId> ids, CancellationToken ct = default) =>
        Guard.RunAsync(() => SqlReads.FindManyAsync(connection, null, ids, ct), "read the register");

    public Task<IReadOnlyList<ModificationSummary>> ListAsync(RegisterFilter filter, CancellationToken ct = default) =>
        Guard.RunAsync(() => SqlReads.ListAsync(connection, null, filter, ct), "list the register");

    public Task<IReadOnlyList<CalendarOverride>> CalendarOverridesAsync(CancellationToken ct = default) =>
        Guard.RunAsync(() => SqlReads.CalendarOverridesAsync(connection, null, ct), "read calendar overrides");

    public Task<IReadOnlyList<BankHoliday>> ImportedBankHolidaysAsync(CancellationToken ct = default) =>
        Guard.RunAsync(() => SqlReads.ImportedBankHolidaysAsync(connection, null, ct), "read the imported bank holidays");

    public Application.Accounts.IAccountRepository Accounts => Ef.Accounts;

    public Task<IReadOnlyList<Modification>> LoadAllAsync(CancellationToken ct = default) => Ef.LoadAllAsync(ct);
    public Task<int> MaxNumberAsync(NumberSeries series, CancellationToken ct = default) => Ef.MaxNumberAsync(series, ct);
    public Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default) => Ef.PartiesAsync(ct);
    public Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default) => Ef.PeopleAsync(ct);
    public Task<IReadOnlyList<Release>> ReleasesAsync(CancellationToken ct = default) => Ef.ReleasesAsync(ct);
    public Task<IReadOnlyList<ChangeBoardMember>> ChangeBoardMembersAsync(CancellationToken ct = default) => Ef.ChangeBoardMembersAsync(ct);
    public Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? target, CancellationToken ct = default) => Ef.AuditTrailAsync(target, ct);
    public Task<bool> IsEmptyAsync(CancellationToken ct = default) => Ef.IsEmptyAsync(ct);
    public Task<Stored<Meeting>?> FindMeetingAsync(MeetingId id, CancellationToken ct = default) => Ef.FindMeetingAsync(id, ct);
    public Task<IReadOnlyList<Stored<Meeting>>> MeetingsAsync(CancellationToken ct = default) => Ef.MeetingsAsync(ct);
    public Task<Stored<ActionItem>?> FindActionAsync(ActionReference reference, CancellationToken ct = default) => Ef.FindActionAsync(reference, ct);
    public Task<IReadOnlyList<Stored<ActionItem>>> ActionsAsync(CancellationToken ct = default) => Ef.ActionsAsync(ct);

    // A read-only session writes nothing: these fail as the EF read-only session does.
    public Task AppendAsync(Modification modification, int expectedVersion, CancellationToken ct = default) => throw ReadOnly();
    public Task SavePartyAsync(Party party, CancellationToken ct = default) => throw ReadOnly();
    public Task SavePersonAsync(Person person, CancellationToken ct = default) => throw ReadOnly();
    public Task SaveReleaseAsync(Release release, CancellationToken ct = default) => throw ReadOnly();
    public Task SaveCalendarOverrideAsync(CalendarOverride calendarOverride, CancellationToken ct = default) => throw ReadOnly();
    public Task ReplaceImportedBankHolidaysAsync(int firstYear, int lastYear, IReadOnlyList<BankHoliday> holidays, CancellationToken ct = default) =>
        throw ReadOnly();
    public Task SaveChangeBoardMemberAsync(ChangeBoardMember member, CancellationToken ct = default) => throw ReadOnly();
    public Task<(int Modifications, int Changed)> ReprojectAsync(CancellationToken ct = default) => throw ReadOnly();
    public Task AuditAsync(AuditEntry entry, CancellationToken ct = default) => throw ReadOnly();
    public Task<int> SaveMeetingAsync(Meeting meeting, int expectedVersion, CancellationToken ct = default) => throw ReadOnly();
    public Task<int> SaveActionAsync(ActionItem action, int expectedVersion, CancellationToken ct = default) => throw ReadOnly();
    public Task CommitAsync(CancellationToken ct = default) => throw ReadOnly();

    public async ValueTask DisposeAsync()
    {
        if (_ef is not null) await _ef.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static InvalidOperationException ReadOnly() => new("A read-only session cannot write.");
}
