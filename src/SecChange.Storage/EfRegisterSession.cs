using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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

/// <summary>One transaction on the register (or a plain read when opened read-only, or a snapshot that cannot commit).</summary>
internal sealed class EfRegisterSession(RegisterDbContext db, IDbContextTransaction? tx, StorageProvider provider, bool canCommit = true) : IRegisterSession
{
    /// <summary>A PostgreSQL write session queues writers that would collide; SQLite's write lock already does.</summary>
    public Application.Accounts.IAccountRepository Accounts { get; } = new EfAccountRepository(db);

    private bool LocksOnPostgres => tx is not null && canCommit && provider == StorageProvider.PostgreSql;

    public Task<Modification?> FindAsync(ModificationId id, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        if (LocksOnPostgres)
        {
            // Two steps on one modification run one after the other, each seeing the other's result; only a
            // stated --if-version that is no longer current is a conflict.
            await PostgresLocks.ModificationAsync(db, id.ToString(), ct);
        }

        return await SqlReads.FindAsync(await ConnectionAsync(ct), tx?.GetDbTransaction(), id, ct);
    }, "read the register");

    public Task<IReadOnlyDictionary<ModificationId, Modification>> FindManyAsync(IReadOnlyCollection<ModificationId> ids, CancellationToken ct = default) =>
        Guard.RunAsync(async () => await SqlReads.FindManyAsync(await ConnectionAsync(ct), tx?.GetDbTransaction(), ids, ct), "read the register");

    public Task<IReadOnlyList<Modification>> LoadAllAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var result = new List<Modification>();
        var batch = new List<ModificationEvent>();
        string? current = null;
        ModificationId id = default;
        await foreach (var row in db.Events.OrderBy(e => e.ModificationId).ThenBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
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
        await SqlReads.ListAsync(await ConnectionAsync(ct), tx?.GetDbTransaction(), filter, ct), "list the register");

    public Task<int> MaxNumberAsync(NumberSeries series, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var name = StableEnumNames.Name(series);
        if (LocksOnPostgres)
        {
            // Held to commit: the next writer reads the maximum only once this number is saved, so numbers never collide.
            await PostgresLocks.NumberingAsync(db, name, ct);
        }

        // Plain SQL: compiling the LINQ query on a cold start would be done while holding the write lock.
        return await SqlReads.MaxNumberAsync(await ConnectionAsync(ct), tx?.GetDbTransaction(), name, ct);
    }, "read the register");

    public Task AppendAsync(Modification modification, int expectedVersion, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var row = new ModificationRow();
        RowMapping.Project(modification, row);
        await SqlWrites.AppendAsync(await ConnectionAsync(ct), WriteTransaction, row, expectedVersion,
            modification.Events.Where(e => e.Sequence > expectedVersion).Select(RowMapping.ToRow), ct);
    }, $"save {modification.Reference}");

    public Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Party>)(await db.Parties.OrderBy(p => p.Name).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(), "read parties");

    public Task SavePartyAsync(Party party, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(party), db.Parties.AnyAsync(p => p.Name == party.Name, ct), $"save party {party.Name}", ct);

    public Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Person>)(await db.People.OrderBy(p => p.Name).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(), "read people");

    public Task SavePersonAsync(Person person, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(person), db.People.AnyAsync(p => p.Name == person.Name && p.Organisation == person.Organisation, ct),
            $"save {person.Name}", ct);

    public Task<IReadOnlyList<Release>> ReleasesAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Release>)(await db.Releases.OrderBy(r => r.ReleaseDate).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(), "read releases");

    public Task SaveReleaseAsync(Release release, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(release), db.Releases.AnyAsync(r => r.Id == release.Id, ct), $"save release {release.Id}", ct);

    public Task<IReadOnlyList<CalendarOverride>> CalendarOverridesAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        await SqlReads.CalendarOverridesAsync(await ConnectionAsync(ct), tx?.GetDbTransaction(), ct), "read calendar overrides");

    public Task SaveCalendarOverrideAsync(CalendarOverride calendarOverride, CancellationToken ct = default)
    {
        var date = calendarOverride.Date.ToDateOnly();
        return UpsertAsync(RowMapping.ToRow(calendarOverride), db.CalendarOverrides.AnyAsync(o => o.Date == date, ct), "save a calendar override", ct);
    }

    public Task<IReadOnlyList<BankHoliday>> ImportedBankHolidaysAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        await SqlReads.ImportedBankHolidaysAsync(await ConnectionAsync(ct), tx?.GetDbTransaction(), ct), "read the imported bank holidays");

    public Task ReplaceImportedBankHolidaysAsync(int firstYear, int lastYear, IReadOnlyList<BankHoliday> holidays, CancellationToken ct = default) =>
        Guard.RunAsync(async () =>
        {
            var (from, to) = (new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31));
            await db.BankHolidays.Where(h => h.Date >= from && h.Date <= to).ExecuteDeleteAsync(ct);
            db.BankHolidays.AddRange(holidays.Select(RowMapping.ToRow));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }, "save the imported bank holidays");

    public Task<IReadOnlyList<ChangeBoardMember>> ChangeBoardMembersAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<ChangeBoardMember>)(await db.ChangeBoardMembers.OrderBy(m => m.Name).ToListAsync(ct)).Select(RowMapping.FromRow).ToList(),
        "read Change Board members");

    public Task SaveChangeBoardMemberAsync(ChangeBoardMember member, CancellationToken ct = default) =>
        UpsertAsync(RowMapping.ToRow(member), db.ChangeBoardMembers.AnyAsync(m => m.Name == member.Name, ct), $"save {member.Name}", ct);

    public Task AuditAsync(AuditEntry entry, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        await SqlWrites.AuditAsync(await ConnectionAsync(ct), WriteTransaction, RowMapping.ToRow(entry), ct);
    }, "write the audit log");

    public Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? target, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var q = db.Audit.AsQueryable();
        if (target is not null) q = q.Where(a => a.Target == target);
        return (IReadOnlyList<AuditEntry>)(await q.OrderBy(a => a.At).ToListAsync(ct)).Select(RowMapping.FromRow).ToList();
    }, "read the audit log");

    public Task<(int Modifications, int Changed)> ReprojectAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
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
        !await db.Modifications.AnyAsync(ct) && !await db.Parties.AnyAsync(ct) && !await db.Releases.AnyAsync(ct), "read the register");

    public Task CommitAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        if (tx is null || !canCommit)
        {
            throw new InvalidOperationException("A read-only session cannot commit.");
        }

        // Last, so the row is locked only for the moment before the commit.
        await db.Database.ExecuteSqlRawAsync("UPDATE register_changes SET stamp = stamp + 1 WHERE id = 1", ct);
        await tx.CommitAsync(ct);
    }, "commit");

    private System.Data.Common.DbTransaction WriteTransaction => tx is not null && canCommit
        ? tx.GetDbTransaction()
        : throw new InvalidOperationException("A read-only session cannot write.");

    /// <summary>The open connection, for the reads and writes done in plain SQL.</summary>
    private async Task<System.Data.Common.DbConnection> ConnectionAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return db.Database.GetDbConnection();
    }

    public async ValueTask DisposeAsync()
    {
        if (tx is not null) await tx.DisposeAsync();
        await db.DisposeAsync();
    }

    public Task<Stored<Meeting>?> FindMeetingAsync(MeetingId id, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var key = id.ToString();
        var row = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == key, ct);
        return row is null ? null : RowMapping.FromRow(row);
    }, $"read meeting {id}");

    public Task<IReadOnlyList<Stored<Meeting>>> MeetingsAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Stored<Meeting>>)(await db.Meetings.AsNoTracking().OrderBy(m => m.HeldOn).ThenBy(m => m.Body).ThenBy(m => m.Number).ToListAsync(ct))
            .Select(RowMapping.FromRow).ToList(), "read meetings");

    public Task<int> SaveMeetingAsync(Meeting meeting, int expectedVersion, CancellationToken ct = default) =>
        SaveVersionedAsync(db.Meetings, RowMapping.ToRow(meeting, expectedVersion + 1), expectedVersion, $"save meeting {meeting.Id}", ct);

    public Task<Stored<ActionItem>?> FindActionAsync(ActionReference reference, CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        var key = reference.ToString();
        var row = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Reference == key, ct);
        return row is null ? null : RowMapping.FromRow(row);
    }, $"read action {reference}");

    public Task<IReadOnlyList<Stored<ActionItem>>> ActionsAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
        (IReadOnlyList<Stored<ActionItem>>)(await db.Actions.AsNoTracking().ToListAsync(ct)).Select(RowMapping.FromRow)
            .OrderBy(a => a.Value.Reference.Meeting.Body, StringComparer.Ordinal).ThenBy(a => a.Value.Reference.Meeting.Number)
            .ThenBy(a => a.Value.Reference.Sequence).ToList(), "read actions");

    public Task<int> SaveActionAsync(ActionItem action, int expectedVersion, CancellationToken ct = default) =>
        SaveVersionedAsync(db.Actions, RowMapping.ToRow(action, expectedVersion + 1), expectedVersion, $"save action {action.Reference}", ct);

    /// <summary>Inserts a row (expected version 0) or updates it only if it is still at the expected version.</summary>
    private Task<int> SaveVersionedAsync<TRow>(DbSet<TRow> set, TRow row, int expectedVersion, string doing, CancellationToken ct) where TRow : class =>
        Guard.RunAsync(async () =>
        {
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

    private Task UpsertAsync<TRow>(TRow row, Task<bool> exists, string doing, CancellationToken ct) where TRow : class =>
        Guard.RunAsync(async () =>
        {
            if (await exists) db.Update(row);
            else db.Add(row);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }, doing);
}
