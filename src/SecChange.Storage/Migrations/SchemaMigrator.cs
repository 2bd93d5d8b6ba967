using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SecChange.Domain.Errors;

namespace SecChange.Storage.Migrations;

/// <summary>
/// Brings a database to the latest schema by applying the missing versioned scripts in order, each in
/// its own transaction with its row in <c>schema_versions</c>. A database newer than this build is refused.
/// </summary>
public static class SchemaMigrator
{
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

    public static async Task<int> MigrateAsync(RegisterDbContext db, StorageProvider provider, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await ExecuteAsync(connection, null, provider == StorageProvider.Sqlite
                ? "CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                : "CREATE TABLE IF NOT EXISTS schema_versions (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamp with time zone NOT NULL)", ct);

            var applied = new HashSet<int>();
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT version FROM schema_versions";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    applied.Add(reader.GetInt32(0));
                }
            }

            var latest = Schema.Migrations[^1].Version;
            if (applied.Count > 0 && applied.Max() > latest)
            {
                throw DomainException.Invalid($"The database is at schema version {applied.Max()}, newer than this SecChange ({latest}); upgrade SecChange.");
            }

            var count = 0;
            foreach (var migration in Schema.Migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
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

                await tx.CommitAsync(ct);
                count++;
            }

            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

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
