using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SecChange.Domain.Errors;

namespace SecChange.Storage;

public enum StorageProvider
{
    None = 0,
    /// <summary>An embedded SQLite file: the zero set-up default.</summary>
    Sqlite,
    /// <summary>A PostgreSQL server, given a connection string.</summary>
    PostgreSql,
}

/// <summary>Where the register lives.</summary>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString)
{
    /// <summary>A plain (unopened) connection, for the reads and checks that need no EF model.</summary>
    public DbConnection CreateConnection() => Provider switch
    {
        StorageProvider.Sqlite => new SqliteConnection(ConnectionString),
        StorageProvider.PostgreSql => new NpgsqlConnection(ConnectionString),
        _ => throw DomainException.Invalid("No storage provider chosen."),
    };

    /// <summary>How long a SQLite writer waits for another's write to finish before giving up (seconds).</summary>
    public const int BusyBudgetSeconds = 60;

    /// <summary>
    /// Whether opening may create the register. Commands that only read say no, so that a mistyped
    /// path is reported instead of silently becoming a new empty register.
    /// </summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>The file a host opens when told nothing: ./secchange.db.</summary>
    public const string DefaultSqliteFile = "secchange.db";

    /// <summary>
    /// What every host offers: a PostgreSQL connection string when one is given, else the SQLite file
    /// (./secchange.db when none is named).
    /// </summary>
    public static StorageOptions Choose(string? postgres, string? sqliteFile) =>
        !string.IsNullOrWhiteSpace(postgres) ? Postgres(postgres) : SqliteFile(sqliteFile ?? DefaultSqliteFile);

    /// <summary>Where the register is, for people: "SQLite /path/to/file" or "PostgreSQL" (never the password).</summary>
    public string Describe() => Provider == StorageProvider.Sqlite
        ? "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : "PostgreSQL";

    public static StorageOptions SqliteFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw DomainException.Invalid("The database path is empty.");
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw DomainException.Invalid($"The folder for the database does not exist: {directory}");
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = full, DefaultTimeout = BusyBudgetSeconds };
        return new(StorageProvider.Sqlite, connection.ConnectionString);
    }

    public static StorageOptions Postgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw DomainException.Invalid("The PostgreSQL connection string is empty.");
        }

        const string Example = "use e.g. Host=localhost;Username=...;Password=...;Database=...";
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or FormatException or InvalidCastException)
        {
            // Npgsql reports an unknown empty setting ("Foo=") as a missing dictionary key: say what it means instead.
            var why = ex is KeyNotFoundException ? "it has a setting PostgreSQL does not know" : ex.Message.Split('\n')[0];
            throw DomainException.Invalid($"The PostgreSQL connection string is not valid: {why} ({Example}).");
        }

        if (string.IsNullOrWhiteSpace(parsed.Host) && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PGHOST")))
        {
            throw DomainException.Invalid($"The PostgreSQL connection string names no server: add Host=... ({Example}).");
        }

        return new(StorageProvider.PostgreSql, connectionString);
    }
}
