using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Storage;

namespace SecChange.Benchmarks;

/// <summary>
/// List queries on the 10,000-modification register: the store's ListAsync against the same SQL run with
/// plain ADO.NET (each group has its own baseline).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RegisterQueryBenchmarks
{
    public const string Text = "firmware";
    public const string Release = "2020-11";

    private EfRegisterStore _store = null!;
    private string _connectionString = "";

    [GlobalSetup]
    public void Setup()
    {
        _store = new EfRegisterStore(StorageOptions.SqliteFile(RegisterGenerator.EnsureDatabase()));
        _connectionString = _store.Options.ConnectionString;
    }

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();

    [Benchmark(Description = "EF Core: ListAsync(Stage=Refine, Text=firmware)"), BenchmarkCategory("Stage+text")]
    public async Task<int> EfStageAndText()
    {
        await using var session = await _store.BeginAsync(readOnly: true);
        return (await session.ListAsync(new RegisterFilter { Stage = Stage.Refine, Text = Text })).Count;
    }

    [Benchmark(Baseline = true, Description = "ADO.NET: same SQL (floor)"), BenchmarkCategory("Stage+text")]
    public int AdoStageAndText() =>
        RawRegister.ReadList(_connectionString, RawRegister.StageAndTextSql, ("@stage", "Refine"), ("@pattern", "%" + Text + "%"));

    [Benchmark(Description = "EF Core: ListAsync(Release=2020-11)"), BenchmarkCategory("Release")]
    public async Task<int> EfRelease()
    {
        await using var session = await _store.BeginAsync(readOnly: true);
        return (await session.ListAsync(new RegisterFilter { ReleaseId = Release })).Count;
    }

    [Benchmark(Baseline = true, Description = "ADO.NET: same SQL (floor)"), BenchmarkCategory("Release")]
    public int AdoRelease() => RawRegister.ReadList(_connectionString, RawRegister.ReleaseSql, ("@release", Release));

    [Benchmark(Description = "ADO.NET: release_id = @release (index usable)"), BenchmarkCategory("Release")]
    public int AdoReleaseIndexed() => RawRegister.ReadList(_connectionString, RawRegister.ReleaseIndexedSql, ("@release", Release));

    [Benchmark(Description = "EF Core: ListAsync() all 10,000"), BenchmarkCategory("All")]
    public async Task<int> EfAll()
    {
        await using var session = await _store.BeginAsync(readOnly: true);
        return (await session.ListAsync(new RegisterFilter())).Count;
    }

    [Benchmark(Baseline = true, Description = "ADO.NET: same SQL (floor)"), BenchmarkCategory("All")]
    public int AdoAll() => RawRegister.ReadList(_connectionString, RawRegister.AllSql);
}
