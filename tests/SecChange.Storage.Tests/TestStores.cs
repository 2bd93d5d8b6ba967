using Npgsql;
using SecChange.Storage;
using SecChange.Testing;

namespace SecChange.Storage.Tests;

/// <summary>
/// Real databases for storage tests: a fresh SQLite file, or a fresh schema on the PostgreSQL server
/// named by SECCHANGE_TEST_POSTGRES. In CI (CI=true) PostgreSQL is required: its absence fails the tests.
/// </summary>
public static class TestStores
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private static string? PostgresConnection => Environment.GetEnvironmentVariable("SECCHANGE_TEST_POSTGRES");

    /// <summary>The providers to run each storage test against.</summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { Sqlite };
        if (PostgresConnection is not null || Environment.GetEnvironmentVariable("CI") == "true")
        {
            data.Add(Postgres);
        }

        return data;
    }

    public static async Task<EfRegisterStore> CreateAsync(string provider)
    {
        var store = new EfRegisterStore(await OptionsAsync(provider));
        await store.MigrateAsync();
        return store;
    }

    public static async Task<StorageOptions> OptionsAsync(string provider)
    {
        if (provider == Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"secchange-test-{Guid.NewGuid():N}.db");
            return StorageOptions.SqliteFile(file);
        }

        var connection = PostgresConnection ?? throw new InvalidOperationException(
            "CI requires PostgreSQL: set SECCHANGE_TEST_POSTGRES to a connection string (e.g. Host=localhost;Username=postgres;Password=postgres;Database=postgres).");
        var schema = $"t{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(connection))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await cmd.ExecuteNonQueryAsync();
        }

        return StorageOptions.Postgres(new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ConnectionString);
    }

    public static TestCore Core(EfRegisterStore store, FixedClock? clock = null) => TestCore.Over(store, clock ?? FixedClock.On(2026, 11, 21));
}
