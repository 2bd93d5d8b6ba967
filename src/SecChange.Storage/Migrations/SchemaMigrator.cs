using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SecChange.Domain.Errors;

namespace SecChange.Storage.Migrations;

/// <summary>
/// Brings a database to the latest schema by applying the missing versioned scripts in order, with a row
/// for each in <c>schema_versions</c>. A database newer than this build is refused. Several processes may
/// start on the same empty database at once: the scripts run in one transaction under a lock (SQLite's
/// write lock, a PostgreSQL advisory lock) and the versions are read again once it is held, so exactly one
/// process creates the schema and the others find it done.
/// </summary>
public static class SchemaMigrator
{
    private static int Latest => Schema.Migrations[^1].Version;

    /// <summary>
    /// True when every script has been applied and nothing newer: the one query a start-up makes when there is
    /// nothing to do. False (migrate) when the versions table is missing or behind; a newer database is left to
    /// <see cref="MigrateAsync"/> to refuse.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(DbConnection connection, CancellationToken ct = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*), MAX(version) FROM schema_versions";
        try
        {
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) && !reader.IsDBNull(1) &&
                reader.GetInt64(0) == Schema.Migrations.Count && reader.GetInt64(1) == Schema.Migrations[^1].Version;
        }
        catch (DbException)
        {
            return false; // no versions table yet: a new database
        }
    }

    /// <param name="upTo">Stop after this version (an upgrade test builds an old database this way); null for the latest.</param>
    public static async Task<int> MigrateAsync(RegisterDbContext db, StorageProvider provider, int? upTo = null, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();

            // An up-to-date register (every start but the first) needs no lock.
            if (RequireKnown(await AppliedAsync(connection, null, provider, ct)) is { } seen && seen.Contains(Latest))
            {
                return 0;
            }

            await using var tx = await LockAsync(connection, provider, ct);
            await ExecuteAsync(connection, tx, provider == StorageProvider.Sqlite
                ? "CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                : "CREATE TABLE IF NOT EXISTS schema_versions (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamp with time zone NOT NULL)", ct);
            var applied = RequireKnown(await AppliedAsync(connection, tx, provider, ct)) ?? [];
            var count = 0;
            foreach (var migration in Schema.Migrations.Where(m => !applied.Contains(m.Version) && m.Version <= (upTo ?? Latest)))
            {
                await ExecuteAsync(connection, tx, provider == StorageProvider.Sqlite ? migration.Sqlite : migration.PostgreSql, ct);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = tx;
                    record.CommandText = "INSERT INTO schema_versions (version, name, applied_at) VALUES (@v, @n, @a)";
                    AddParameter(record, "@v", migration.Version);
                    AddParameter(record, "@n", migration.Name);
                    AddParameter(record, "@a", DateTime.UtcNow);
                    await record.ExecuteNonQueryAsync(ct);
                }

                count++;
            }

            await tx.CommitAsync(ct);
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A write transaction that no other migration can enter until it ends.</summary>
    private static async Task<DbTransaction> LockAsync(DbConnection connection, StorageProvider provider, CancellationToken ct)
    {
        if (connection is SqliteConnection sqlite)
        {
            // BEGIN IMMEDIATE: the write lock is taken now (waiting up to the busy budget), not at the first write.
            return sqlite.BeginTransaction(deferred: false);
        }

        var tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, tx, PostgresLocks.MigrationSql, ct);
        return tx;
    }

    /// <summary>The applied versions, or null when the database has no schema_versions table yet.</summary>
    private static async Task<HashSet<int>?> AppliedAsync(DbConnection connection, DbTransaction? tx, StorageProvider provider, CancellationToken ct)
    {
        await using (var probe = connection.CreateCommand())
        {
            probe.Transaction = tx;
            probe.CommandText = provider == StorageProvider.Sqlite
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions'"
                : "SELECT CASE WHEN to_regclass('schema_versions') IS NULL THEN 0 ELSE 1 END";
            if (Convert.ToInt64(await probe.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }

        var applied = new HashSet<int>();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT version FROM schema_versions";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(reader.GetInt32(0));
        }

        return applied;
    }

    private static HashSet<int>? RequireKnown(HashSet<int>? applied) => applied is { Count: > 0 } && applied.Max() > Latest
        ? throw DomainException.Invalid($"The database is at schema version {applied.Max()}, newer than this SecChange ({Latest}); upgrade SecChange.")
        : applied;

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
