using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Process;
using SecChange.Storage;
using SecChange.Testing;

namespace SecChange.Storage.Tests;

/// <summary>
/// Real databases for storage tests: a fresh SQLite file, or a fresh schema on the PostgreSQL server
/// named by SECCHANGE_TEST_POSTGRES (skipped with the reason without one locally; required in CI).
/// Both are removed once the run's tests are done.
/// </summary>
public static class TestStores
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>
    /// The providers to run each storage test against: always both, so without a PostgreSQL server the
    /// PostgreSQL cases are reported as skipped (tests using these are [SkippableTheory]).
    /// </summary>
    public static TheoryData<string> Providers() => new() { Sqlite, Postgres };

    public static async Task<EfRegisterStore> CreateAsync(string provider)
    {
        var store = new EfRegisterStore(await OptionsAsync(provider));
        await store.MigrateAsync();
        return store;
    }

    public static async Task<StorageOptions> OptionsAsync(string provider) =>
        provider == Sqlite
            ? StorageOptions.SqliteFile(Scratch.File("secchange-test", ".db"))
            : StorageOptions.Postgres(await TestSchemas.CreateAsync("t"));

    public static TestCore Core(EfRegisterStore store, FixedClock? clock = null) => TestCore.Over(store, clock ?? FixedClock.On(2026, 11, 21));

    /// <summary>A fresh SQLite register holding the sample register (or <paramref name="document"/>), imported by SECAS.</summary>
    public static async Task<TestCore> SampleAsync(RegisterDocument? document = null)
    {
        var core = Core(await CreateAsync(Sqlite));
        await core.Exchange.ImportAsync(document ?? ReferenceData.SampleRegister(), new Actor("Holly Burton", ActorRole.Secas, "SECAS"));
        return core;
    }
}
