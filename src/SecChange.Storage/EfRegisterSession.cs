using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Releases;
using SecChange.Domain.Voting;
using SecChange.Storage.Rows;

namespace SecChange.Storage;

/// <summary>
/// One transaction on the register (or a plain read when it has none, or a snapshot that cannot commit), on its own
/// connection. The reads and writes every command makes are plain SQL on that connection (<see cref="SqlReads"/>,
/// <see cref="SqlWrites"/>); EF, whose model a process builds on first use (most of a short command's time), is brought
/// in on the same connection and transaction only for the rest (parties, releases, meetings, accounts, ...). Those
/// commands build the model while holding the write lock; the process steps, which writers run side by side, never do.
/// </summary>
internal sealed class EfRegisterSession(DbConnection connection, DbTransaction? tx, Func<DbConnection, RegisterDbContext> createContext,
    StorageProvider provider, bool canCommit) : IRegisterSession
{
    private RegisterDbContext? _db;
    private EfAccountRepository? _accounts;

    public Application.Accounts.IAccountRepository Accounts => _accounts ??= new EfAccountRepository(Db);

    /// <summary>EF on this session's connection, in its transaction; made on first use.</summary>
    private RegisterDbContext Db
    {
        get
        {
            if (_db is null)
            {
                _db = createContext(connection);
                if (tx is not null) _db.Database.UseTransaction(tx);
            }

            return _db;
        }
    }

    /// <summary>EF for a write: only in a session that may commit.</summary>
    private RegisterDbContext WriteDb => tx is not null && canCommit ? Db : throw ReadOnly();

    /// <summary>A PostgreSQL write session queues writers that would collide; SQLite's write lock already does.</summary>
    private bool LocksOnPostgres => tx is not null && canCommit && provider == StorageProvider.PostgreSql;

    public Task<Modification?> FindAsync(ModificationId id, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        if (LocksOnPostgres)
        {
            // Two steps on one modification run one after the other, each seeing the other's result; only a
            // stated --if-version that is no longer current is a conflict.
            await PostgresLocks.ModificationAsync(connection, tx, id.ToString(), ct);
        }

        return await SqlReads.FindAsync(connection, tx, id, ct);
    }, "read the register");

    public Task<IReadOnlyDictionary<ModificationId, Modification>> FindManyAsync(IReadOnlyCollection<ModificationId> ids, CancellationToken ct = default) =>
        Guard.RunAsync(async () => await SqlReads.FindManyAsync(connection, tx, ids, ct), "read the register");

    public Task<IReadOnlyList<Modification>> LoadAllAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var result = new List<Modification>();
        var batch = new List<ModificationEvent>();
        string? current = null;
        ModificationId id = default;
        await foreach (var row in Db.Events.OrderBy(e => e.ModificationId).ThenBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row.ModificationId != current)
            {
                if (batch.Count > 0) result.Add(Modification.Replay(batch));
                batch = [];
                current = row.ModificationId;
                id = ModificationId.Parse(current);
            }

            batch.Add(RowMapping.FromRow(row, id));
        }

        if (batch.Count > 0) result.Add(Modification.Replay(batch));
        return (IReadOnlyList<Modification>)result;
    }, "read the register");

    public Task<IReadOnlyList<ModificationSummary>> ListAsync(RegisterFilter filter, CancellationToken ct = default) => Guard.RunAsync(async () =>
        await SqlReads.ListAsync(connection, tx, filter, ct), "list the register");

    public Task<int> MaxNumberAsync(NumberSeries series, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var name = StableEnumNames.Name(series);
        if (LocksOnPostgres)
        {
            // Held to commit: the next writer reads the maximum only once this number is saved, so numbers never collide.
            await PostgresLocks.NumberingAsync(connection, tx, name, ct);
        }

        // Plain SQL: compiling the LINQ query on a cold start would be done while holding the write lock.
        return await SqlReads.MaxNumberAsync(connection, tx, name, ct);
    }, "read the register");

    public Task AppendAsync(Modification modification, int expectedVersion, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var row = new ModificationRow();
        RowMapping.Project(modification, row);
        await SqlWrites.AppendAsync(connection, WriteTransaction, row, expectedVersion,
            modification.Events.Where(e => e.Sequence > expectedVersion).Select(RowMapping.ToRow), ct);
    }, $"save {modification.Reference}");

    public Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Party>)(await Db.Parties.OrderBy(p => p.Name).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(), "read parties");

    public Task SavePartyAsync(Party party, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(party), db => db.Parties.AnyAsync(p => p.Name == party.Name, ct), $"save party {party.Name}", ct);

    public Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Person>)(await Db.People.OrderBy(p => p.Name).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(), "read people");

    public Task SavePersonAsync(Person person, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(person), db => db.People.AnyAsync(p => p.Name == person.Name && p.Organisation == person.Organisation, ct),
            $"save {person.Name}", ct);

    public Task<IReadOnlyList<Release>> ReleasesAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Release>)(await Db.Releases.OrderBy(r => r.ReleaseDate).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(), "read releases");

    public Task SaveReleaseAsync(Release release, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(release), db => db.Releases.AnyAsync(r => r.Id == release.Id, ct), $"save release {release.Id}", ct);

    public Task<IReadOnlyList<CalendarOverride>> CalendarOverridesAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        await SqlReads.CalendarOverridesAsync(connection, tx, ct), "read calendar overrides");

    public Task SaveCalendarOverrideAsync(CalendarOverride calendarOverride, CancellationToken ct = default)
    {
        var date = calendarOverride.Date.ToDateOnly();
        return UpsertAsync(RowMapping.ToRow(calendarOverride), db => db.CalendarOverrides.AnyAsync(o => o.Date == date, ct), "save a calendar override", ct);
    }

    public Task<IReadOnlyList<BankHoliday>> ImportedBankHolidaysAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        await SqlReads.ImportedBankHolidaysAsync(connection, tx, ct), "read the imported bank holidays");

    public Task ReplaceImportedBankHolidaysAsync(int firstYear, int lastYear, IReadOnlyList<BankHoliday> holidays, CancellationToken ct = default) =>
        Guard.RunAsync(async () =>
        {
            var (from, to) = (new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31));
            var db = WriteDb;
            await db.BankHolidays.Where(h => h.Date >= from && h.Date <= to).ExecuteDeleteAsync(ct);
            db.BankHolidays.AddRange(holidays.Select(RowMapping.ToRow));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }, "save the imported bank holidays");

    public Task<IReadOnlyList<ChangeBoardMember>> ChangeBoardMembersAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<ChangeBoardMember>)(await Db.ChangeBoardMembers.OrderBy(m => m.Name).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(),
        "read Change Board members");

    public Task SaveChangeBoardMemberAsync(ChangeBoardMember member, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(member), db => db.ChangeBoardMembers.AnyAsync(m => m.Name == member.Name, ct), $"save {member.Name}", ct);

    public Task AuditAsync(AuditEntry entry, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        await SqlWrites.AuditAsync(connection, WriteTransaction, RowMapping.ToRow(entry), ct);
    }, "write the audit log");

    public Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? target, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var q = Db.Audit.AsQueryable();
        if (target is not null) q = q.Where(a => a.Target == target);
        return (IReadOnlyList<AuditEntry>)(await q.OrderBy(a => a.At).ToListAsync(ct)).Select(RowMapping.FromRow).ToList();
    }, "read the audit log");

    public Task<(int Modifications, int Changed)> ReprojectAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var db = WriteDb;
        var all = await LoadAllAsync(ct);
        var rows = await db.Modifications.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        var changed = 0;
        foreach (var modification in all)
        {
            var row = new ModificationRow();
            RowMapping.Project(modification, row);
            if (!rows.TryGetValue(row.Id, out var old))
            {
                db.Modifications.Add(row);
            }
            else if (!RowMapping.SameProjection(old, row))
            {
                var entry = db.Modifications.Attach(row);
                entry.Property(r => r.Version).OriginalValue = old.Version;
                entry.State = EntityState.Modified;
            }
            else
            {
                continue;
            }

            changed++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (all.Count, changed);
    }, "rebuild the list rows");

    public Task<bool> IsEmptyAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        !await Db.Modifications.AnyAsync(ct) && !await Db.Parties.AnyAsync(ct) && !await Db.Releases.AnyAsync(ct), "read the register");

    public Task CommitAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var transaction = tx is not null && canCommit ? tx : throw new InvalidOperationException("A read-only session cannot commit.");

        // Last, so the row is locked only for the moment before the commit.
        await using (var stamp = SqlReads.Command(connection, transaction, "UPDATE register_changes SET stamp = stamp + 1 WHERE id = 1"))
        {
            await stamp.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }, "commit");

    private DbTransaction WriteTransaction => tx is not null && canCommit ? tx : throw ReadOnly();

    private static InvalidOperationException ReadOnly() => new("A read-only session cannot write.");

    public async ValueTask DisposeAsync()
    {
        if (tx is not null) await tx.DisposeAsync();
        if (_db is not null) await _db.DisposeAsync();
        await connection.DisposeAsync();
    }

    public Task<Stored<Meeting>?> FindMeetingAsync(MeetingId id, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var key = id.ToString();
        var row = await Db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == key, ct);
        return row is null ? null : RowMapping.FromRow(row);
    }, $"read meeting {id}");

    public Task<IReadOnlyList<Stored<Meeting>>> MeetingsAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Stored<Meeting>>)(await Db.Meetings.AsNoTracking().OrderBy(m => m.HeldOn).ThenBy(m => m.Body).ThenBy(m => m.Number).ToListAsync(ct))
            .Select(RowMapping.FromRow).ToList(), "read meetings");

    public Task<int> SaveMeetingAsync(Meeting meeting, int expectedVersion, CancellationToken ct = default) =>
        SaveVersionedAsync(db => db.Meetings, RowMapping.ToRow(meeting, expectedVersion + 1), expectedVersion, $"save meeting {meeting.Id}", ct);

    public Task<Stored<ActionItem>?> FindActionAsync(ActionReference reference, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var key = reference.ToString();
        var row = await Db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Reference == key, ct);
        return row is null ? null : RowMapping.FromRow(row);
    }, $"read action {reference}");

    public Task<IReadOnlyList<Stored<ActionItem>>> ActionsAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Stored<ActionItem>>)(await Db.Actions.AsNoTracking().ToListAsync(ct)).Select(RowMapping.FromRow)
            .OrderBy(a => a.Value.Reference.Meeting.Body, StringComparer.Ordinal).ThenBy(a => a.Value.Reference.Meeting.Number)
            .ThenBy(a => a.Value.Reference.Sequence).ToList(), "read actions");

    public Task<int> SaveActionAsync(ActionItem action, int expectedVersion, CancellationToken ct = default) =>
        SaveVersionedAsync(db => db.Actions, RowMapping.ToRow(action, expectedVersion + 1), expectedVersion, $"save action {action.Reference}", ct);

    /// <summary>Inserts a row (expected version 0) or updates it only if it is still at the expected version.</summary>
    private Task<int> SaveVersionedAsync<TRow>(Func<RegisterDbContext, DbSet<TRow>> table, TRow row, int expectedVersion, string doing, CancellationToken ct)
        where TRow : class =>
        Guard.RunAsync(async () =>
        {
            var db = WriteDb;
            var set = table(db);
            if (expectedVersion == 0)
            {
                set.Add(row);
            }
            else
            {
                var entry = set.Attach(row);
                entry.Property("Version").OriginalValue = expectedVersion;
                entry.State = EntityState.Modified;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw DomainException.Conflict($"Could not {doing}: someone else changed it since version {expectedVersion}; nothing was saved. Reload it and try again.");
            }

            db.ChangeTracker.Clear();
            return expectedVersion + 1;
        }, doing);

    private Task UpsertAsync<TRow>(TRow row, Func<RegisterDbContext, Task<bool>> exists, string doing, CancellationToken ct) where TRow : class =>
        Guard.RunAsync(async () =>
        {
            var db = WriteDb;
            if (await exists(db)) db.Update(row);
            else db.Add(row);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }, doing);
}
