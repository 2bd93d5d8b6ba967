using System.Collections.Concurrent;
using Npgsql;

namespace SecChange.Testing;

/// <summary>
/// A fresh PostgreSQL schema per test on the server named by SECCHANGE_TEST_POSTGRES; every schema this
/// process created is dropped when it ends, so test runs leave nothing behind on the server.
/// </summary>
public static class TestSchemas
{
    private static readonly ConcurrentDictionary<string, string> Created = new();

    static TestSchemas() => CleanUpAfterRun.Register(DropAllAsync);

    /// <summary>Creates a schema and returns a connection string whose search path is that schema.</summary>
    public static async Task<string> CreateAsync(string prefix)
    {
        var server = Prerequisite.Postgres();
        var schema = $"{prefix}{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await cmd.ExecuteNonQueryAsync();
        }

        Created[schema] = server;
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    private static async Task DropAllAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var group in Created.GroupBy(c => c.Value, c => c.Key))
        {
            await using var admin = new NpgsqlConnection(group.Key);
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand(string.Join(";", group.Select(schema => $"DROP SCHEMA IF EXISTS {schema} CASCADE")), admin);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
