using BenchmarkDotNet.Attributes;
using SecChange.Storage;

namespace SecChange.Benchmarks;

/// <summary>
/// Full load of a register of 10,000 modifications and 200,000 events from SQLite: the store's
/// LoadAllAsync against the raw ADO.NET read of the same rows, then ADO.NET plus JSON, then ADO.NET
/// plus JSON into typed events, then all that plus replay (what LoadAllAsync does, without EF Core).
/// </summary>
[MemoryDiagnoser]
public class RegisterLoadBenchmarks
{
    private EfRegisterStore _store = null!;
    private string _connectionString = "";

    [GlobalSetup]
    public void Setup()
    {
        _store = new EfRegisterStore(StorageOptions.SqliteFile(RegisterGenerator.EnsureDatabase()));
        _connectionString = _store.Options.ConnectionString;
        var rows = RawRegister.ReadEvents(_connectionString);
        if (rows != RegisterGenerator.Modifications * RegisterGenerator.EventsPerModification)
        {
            throw new InvalidOperationException($"The generated register holds {rows} events.");
        }
    }

    [Benchmark(Description = "EF Core: LoadAllAsync (rows + JSON + replay)")]
    public async Task<int> EfLoadAll()
    {
        await using var session = await _store.BeginAsync(readOnly: true);
        var all = await session.LoadAllAsync();
        return all.Count;
    }

    [Benchmark(Baseline = true, Description = "ADO.NET: read all event rows (floor)")]
    public long AdoRead() => RawRegister.ReadEvents(_connectionString);

    [Benchmark(Description = "ADO.NET: rows + JSON payloads")]
    public long AdoReadJson() => RawRegister.ReadEventsWithJson(_connectionString);

    [Benchmark(Description = "ADO.NET: rows + JSON + typed events")]
    public long AdoReadTypedEvents() => RawRegister.ReadTypedEvents(_connectionString);

    [Benchmark(Description = "ADO.NET: rows + JSON + replay")]
    public int AdoReadJsonReplay() => RawRegister.LoadAllByHand(_connectionString).Count;
}
