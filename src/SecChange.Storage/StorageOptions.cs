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

        return new(StorageProvider.Sqlite, $"Data Source={full};Default Timeout=5");
    }

    public static StorageOptions Postgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw DomainException.Invalid("The PostgreSQL connection string is empty.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw DomainException.Invalid($"The PostgreSQL connection string is not valid: {ex.Message.Split('\n')[0]} (use e.g. Host=localhost;Username=...;Password=...;Database=...)");
        }

        return new(StorageProvider.PostgreSql, connectionString);
    }
}
