using Microsoft.EntityFrameworkCore;

namespace SecChange.Storage;

/// <summary>Write-ahead logging lets readers carry on while one command writes.</summary>
internal static class SqliteJournal
{
    public static async Task UseWalAsync(RegisterDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Switching needs an exclusive lock, so it is done once, by the first process to find the file in another mode.
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode";
            if (!string.Equals(await cmd.ExecuteScalarAsync(ct) as string, "wal", StringComparison.OrdinalIgnoreCase))
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
