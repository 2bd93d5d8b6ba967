using Microsoft.Data.Sqlite;
using SecChange.Domain.Errors;

namespace SecChange.Storage;

/// <summary>
/// Looks at a SQLite file before SecChange touches it, without changing it: a missing or empty file is a
/// register still to be created (only by a command that may create one), a file with SecChange's
/// <c>schema_versions</c> and <c>modifications</c> tables is a register, and anything else (another
/// application's database, a file that is not SQLite) is refused untouched.
/// </summary>
internal static class SqliteRegisterFile
{
    public static bool IsMissing(string connectionString) => !File.Exists(PathOf(connectionString));

    public static async Task CheckAsync(string connectionString, bool createIfMissing, CancellationToken ct)
    {
        var path = PathOf(connectionString);
        var tables = File.Exists(path) ? await TablesAsync(path, ct) : [];
        if (tables.Count == 0)
        {
            if (!createIfMissing)
            {
                throw DomainException.NotFound(
                    $"There is no SecChange register at {path}. Check the path (--db or SECCHANGE_DB), or create one with 'secchange init'.");
            }

            return;
        }

        if (!tables.Contains("schema_versions") || !tables.Contains("modifications"))
        {
            var shown = string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5)) + (tables.Count > 5 ? ", ..." : "");
            throw DomainException.Invalid(
                $"{path} is not a SecChange register (it holds other tables: {shown}); nothing was changed. Choose another file with --db.");
        }
    }

    private static string PathOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static async Task<HashSet<string>> TablesAsync(string path, CancellationToken ct)
    {
        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;
        try
        {
            await using var connection = new SqliteConnection(readOnly);
            await connection.OpenAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }

            return tables;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26) // SQLITE_NOTADB
        {
            throw DomainException.Invalid($"{path} is not a SQLite database, so not a SecChange register; nothing was changed. Choose another file with --db.");
        }
    }
}
