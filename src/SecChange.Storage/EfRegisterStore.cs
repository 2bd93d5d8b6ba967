using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Storage.Migrations;

namespace SecChange.Storage;

/// <summary>The register in SQLite or PostgreSQL through EF Core.</summary>
public sealed class EfRegisterStore(StorageOptions options) : IRegisterStore
{
    public StorageOptions Options { get; } = options;

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await Guard.RunAsync(async () =>
        {
            var sqlite = Options.Provider == StorageProvider.Sqlite;

            // Most runs find the schema current: one cheap query on a plain connection, and nothing more. A missing
            // SQLite file is not opened for it, since opening would create it.
            if (!(sqlite && SqliteRegisterFile.IsMissing(Options.ConnectionString)))
            {
                await using var connection = Options.CreateConnection();
                await connection.OpenAsync(ct);
                if (await SchemaMigrator.IsCurrentAsync(connection, ct)) return;
            }

            await using var db = CreateContext();
            if (sqlite)
            {
                // Before anything can change the file: is it a register, or may one be created here?
                await SqliteRegisterFile.CheckAsync(Options.ConnectionString, Options.CreateIfMissing, ct);
                await SqliteJournal.UseWalAsync(db, ct);
            }

            await SchemaMigrator.MigrateAsync(db, Options.Provider, ct: ct);
        }, "open the register database");
    }

    public Task<IRegisterSession> BeginAsync(bool readOnly = false, CancellationToken ct = default) =>
        readOnly ? OpenAsync(null, canCommit: false, ct) : OpenAsync(BeginWriteAsync, canCommit: true, ct);

    /// <summary>
    /// SQLite: BEGIN IMMEDIATE, so that writers queue for the write lock up front (within the busy budget)
    /// instead of failing when a read lock cannot be upgraded. PostgreSQL: read committed; the session
    /// takes advisory locks where writers would collide.
    /// </summary>
    private static async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) => connection is SqliteConnection sqlite
        ? sqlite.BeginTransaction(deferred: false)
        : await connection.BeginTransactionAsync(ct);

    public Task<long> ChangeStampAsync(CancellationToken ct = default) => Guard.RunAsync(async () =>
    {
        await using var connection = Options.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stamp FROM register_changes WHERE id = 1";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }, "read the register's change stamp");

    public Task<IRegisterSession> BeginSnapshotAsync(CancellationToken ct = default) => OpenAsync(async (connection, ct) =>
    {
        if (connection is SqliteConnection sqlite)
        {
            // A deferred transaction takes no lock; in WAL mode its first read fixes the snapshot it sees.
            return sqlite.BeginTransaction(deferred: true);
        }

        var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var readOnly = SqlReads.Command(connection, snapshot, "SET TRANSACTION READ ONLY");
        await readOnly.ExecuteNonQueryAsync(ct);
        return snapshot;
    }, canCommit: false, ct);

    /// <summary>A session on a new open connection, in the transaction <paramref name="begin"/> starts (none: a plain read).</summary>
    private async Task<IRegisterSession> OpenAsync(Func<DbConnection, CancellationToken, Task<DbTransaction>>? begin, bool canCommit, CancellationToken ct)
    {
        var connection = Options.CreateConnection();
        try
        {
            var tx = await Guard.RunAsync(async () =>
            {
                await connection.OpenAsync(ct);
                return begin is null ? null : await begin(connection, ct);
            }, "open the register database");
            return new EfRegisterSession(connection, tx, CreateContext, Options.Provider, canCommit);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <param name="connection">An open connection to share, else the context opens its own.</param>
    public RegisterDbContext CreateContext(DbConnection? connection = null)
    {
        var builder = new DbContextOptionsBuilder<RegisterDbContext>();
        _ = (Options.Provider, connection) switch
        {
            (StorageProvider.Sqlite, null) => builder.UseSqlite(Options.ConnectionString),
            (StorageProvider.Sqlite, _) => builder.UseSqlite(connection),
            (StorageProvider.PostgreSql, null) => builder.UseNpgsql(Options.ConnectionString),
            (StorageProvider.PostgreSql, _) => builder.UseNpgsql(connection),
            _ => throw DomainException.Invalid("No storage provider chosen."),
        };
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return new RegisterDbContext(builder.Options);
    }
}

/// <summary>Turns database failures into one-line errors the user can act on.</summary>
internal static class Guard
{
    public static async Task RunAsync(Func<Task> action, string doing) =>
        await RunAsync(async () => { await action(); return 0; }, doing);

    public static async Task<T> RunAsync<T>(Func<Task<T>> action, string doing)
    {
        try
        {
            return await action();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw DomainException.Conflict("Someone else changed this modification while you were working on it; nothing was saved. Reload it and try again.");
        }
        catch (DbUpdateException ex) when (IsConflict(ex.InnerException))
        {
            throw DomainException.Conflict($"Could not {doing}: the record was written by someone else at the same time; nothing was saved. Try again.");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            throw DomainException.Conflict($"Could not {doing}: the register is busy with another change; nothing was saved. Try again.");
        }
        catch (DbException ex) when (IsConflict(ex))
        {
            // A plain-SQL write that collided (a key written by someone else at the same time).
            throw DomainException.Conflict($"Could not {doing}: the record was written by someone else at the same time; nothing was saved. Try again.");
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException { InnerException: DbException } or TimeoutException)
        {
            // EF wraps the provider's error; the innermost message names the real cause (refused connection, bad password, ...).
            throw DomainException.Invalid($"Could not {doing}: {ex.GetBaseException().Message.Split('\n')[0]}");
        }
    }

    private static bool IsConflict(Exception? inner) => inner switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6 || s.SqliteExtendedErrorCode is 1555 or 2067, // busy, locked, primary key, unique
        Npgsql.PostgresException p => p.SqlState is "23505" or "40001" or "40P01",
        _ => false,
    };
}
