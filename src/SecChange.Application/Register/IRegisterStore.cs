using SecChange.Domain.Calendar;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Releases;
using SecChange.Domain.Voting;

namespace SecChange.Application.Register;

/// <summary>Where the register is kept. Each unit of work is one transaction.</summary>
public interface IRegisterStore
{
    /// <summary>Creates or upgrades the schema to the latest version.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    /// <param name="readOnly">A plain read that takes no write lock and cannot commit.</param>
    Task<IRegisterSession> BeginAsync(bool readOnly = false, CancellationToken ct = default);

    /// <summary>
    /// A read-only session whose reads all see one consistent snapshot of the register (for an export),
    /// without blocking writers. It cannot commit.
    /// </summary>
    Task<IRegisterSession> BeginSnapshotAsync(CancellationToken ct = default);

    /// <summary>A number that grows with every committed write: equal stamps mean an unchanged register.</summary>
    Task<long> ChangeStampAsync(CancellationToken ct = default);
}

/// <summary>
/// One transaction over the register. Nothing is visible to others until <see cref="CommitAsync"/>;
/// disposing without committing rolls everything back.
/// </summary>
public interface IRegisterSession : IAsyncDisposable
{
    /// <summary>The accounts that sign in to the web app, and their API keys, in this session's transaction.</summary>
    Accounts.IAccountRepository Accounts { get; }

    Task<Modification?> FindAsync(ModificationId id, CancellationToken ct = default);

    /// <summary>Several modifications at once (a page of a listing); those that do not exist are left out.</summary>
    Task<IReadOnlyDictionary<ModificationId, Modification>> FindManyAsync(IReadOnlyCollection<ModificationId> ids, CancellationToken ct = default);

    /// <summary>Every modification, rebuilt from its events.</summary>
    Task<IReadOnlyList<Modification>> LoadAllAsync(CancellationToken ct = default);

    Task<IReadOnlyList<ModificationSummary>> ListAsync(RegisterFilter filter, CancellationToken ct = default);

    /// <summary>
    /// The highest number used in a series (0 when none). In a write session it also reserves numbering
    /// in the series until the session ends, so that concurrent writers never pick the same next number.
    /// </summary>
    Task<int> MaxNumberAsync(NumberSeries series, CancellationToken ct = default);

    /// <summary>
    /// Appends the new events of a modification. <paramref name="expectedVersion"/> is the version it
    /// was read at (0 for a new one); if someone else appended since, this fails with a conflict.
    /// </summary>
    Task AppendAsync(Modification modification, int expectedVersion, CancellationToken ct = default);

    Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default);
    Task SavePartyAsync(Party party, CancellationToken ct = default);
    Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default);
    Task SavePersonAsync(Person person, CancellationToken ct = default);
    Task<IReadOnlyList<Release>> ReleasesAsync(CancellationToken ct = default);
    Task SaveReleaseAsync(Release release, CancellationToken ct = default);
    Task<IReadOnlyList<CalendarOverride>> CalendarOverridesAsync(CancellationToken ct = default);
    Task SaveCalendarOverrideAsync(CalendarOverride calendarOverride, CancellationToken ct = default);

    /// <summary>The bank holidays an administrator imported, in date order (whole years; empty when none).</summary>
    Task<IReadOnlyList<BankHoliday>> ImportedBankHolidaysAsync(CancellationToken ct = default);

    /// <summary>Replaces the imported bank holidays of the years <paramref name="firstYear"/> to <paramref name="lastYear"/> with <paramref name="holidays"/>.</summary>
    Task ReplaceImportedBankHolidaysAsync(int firstYear, int lastYear, IReadOnlyList<BankHoliday> holidays, CancellationToken ct = default);
    Task<IReadOnlyList<ChangeBoardMember>> ChangeBoardMembersAsync(CancellationToken ct = default);
    Task SaveChangeBoardMemberAsync(ChangeBoardMember member, CancellationToken ct = default);
    Task AuditAsync(AuditEntry entry, CancellationToken ct = default);
    Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? target, CancellationToken ct = default);

    /// <summary>
    /// Rebuilds every modification's list row from its events (after a change to the rules or the
    /// projection); returns how many modifications there are and how many rows changed.
    /// </summary>
    Task<(int Modifications, int Changed)> ReprojectAsync(CancellationToken ct = default);

    /// <summary>True when the register holds no modifications, parties or releases.</summary>
    Task<bool> IsEmptyAsync(CancellationToken ct = default);

    Task CommitAsync(CancellationToken ct = default);

    /// <summary>A meeting and the version it was read at, or null.</summary>
    Task<Stored<Meeting>?> FindMeetingAsync(MeetingId id, CancellationToken ct = default);

    /// <summary>Every meeting, oldest first.</summary>
    Task<IReadOnlyList<Stored<Meeting>>> MeetingsAsync(CancellationToken ct = default);

    /// <summary>Inserts (expected version 0) or updates a meeting; a change by someone else since fails with a conflict.</summary>
    Task<int> SaveMeetingAsync(Meeting meeting, int expectedVersion, CancellationToken ct = default);

    /// <summary>An action and the version it was read at, or null.</summary>
    Task<Stored<ActionItem>?> FindActionAsync(ActionReference reference, CancellationToken ct = default);

    /// <summary>Every action, in reference order.</summary>
    Task<IReadOnlyList<Stored<ActionItem>>> ActionsAsync(CancellationToken ct = default);

    /// <summary>Inserts (expected version 0) or updates an action; a change by someone else since fails with a conflict.</summary>
    Task<int> SaveActionAsync(ActionItem action, int expectedVersion, CancellationToken ct = default);
}
