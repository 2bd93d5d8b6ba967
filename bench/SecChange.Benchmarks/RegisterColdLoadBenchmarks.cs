using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SecChange.Storage;

namespace SecChange.Benchmarks;

/// <summary>
/// The full load as a one-shot command meets it: the first call in a fresh process, so JIT compilation,
/// EF Core's model and query compilation and System.Text.Json's metadata are all paid once inside the
/// measurement. Each launch is a new process; the register file is generated beforehand (not measured).
/// A job given on the command line (e.g. --job short) runs here too, beside ColdStart, as the warm comparison.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class RegisterColdLoadBenchmarks
{
    private EfRegisterStore _store = null!;
    private string _connectionString = "";

    [GlobalSetup]
    public void Setup()
    {
        // Only the file: nothing here touches EF Core or the JSON options, so the benchmark starts cold.
        _store = new EfRegisterStore(StorageOptions.SqliteFile(RegisterGenerator.EnsureDatabase()));
        _connectionString = _store.Options.ConnectionString;
    }

    [Benchmark(Description = "EF Core: LoadAllAsync")]
    public async Task<int> EfLoadAllCold()
    {
        await using var session = await _store.BeginAsync(readOnly: true);
        return (await session.LoadAllAsync()).Count;
    }

    [Benchmark(Baseline = true, Description = "ADO.NET: read all event rows (floor)")]
    public long AdoReadCold() => RawRegister.ReadEvents(_connectionString);

    [Benchmark(Description = "ADO.NET: rows + JSON + replay")]
    public int AdoReadJsonReplayCold() => RawRegister.LoadAllByHand(_connectionString).Count;
}
