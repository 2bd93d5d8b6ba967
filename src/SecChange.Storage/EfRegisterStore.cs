using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        await using var db = CreateContext();
        await Guard.RunAsync(async () =>
        {
            if (Options.Provider == StorageProvider.Sqlite)
            {
                // WAL lets readers carry on while one command writes.
                await db.Database.OpenConnectionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.CloseConnectionAsync();
            }

            await SchemaMigrator.MigrateAsync(db, Options.Provider, ct);
        }, "open the register database");
    }

    public async Task<IRegisterSession> BeginAsync(bool readOnly = false, CancellationToken ct = default)
    {
        var db = CreateContext();
        try
        {
            var tx = readOnly ? null : await Guard.RunAsync(() => db.Database.BeginTransactionAsync(ct), "open the register database");
            return new EfRegisterSession(db, tx);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public RegisterDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<RegisterDbContext>();
        _ = Options.Provider switch
        {
            StorageProvider.Sqlite => builder.UseSqlite(Options.ConnectionString),
            StorageProvider.PostgreSql => builder.UseNpgsql(Options.ConnectionString),
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
