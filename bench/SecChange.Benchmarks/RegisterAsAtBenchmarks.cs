using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Application.AsAt;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Storage;

namespace SecChange.Benchmarks;

/// <summary>
/// The register as at a past date on the 10,000-modification register: a full load, each history cut at
/// the date and replayed again, then listed or its assessments worked out. Against the raw ADO.NET read
/// of the same event rows (the floor) and the store's plain full load.
/// </summary>
[MemoryDiagnoser]
public class RegisterAsAtBenchmarks
{
    /// <summary>Mid-history: about half the generated events (2015-2026) are effective by then.</summary>
    public static readonly LocalDate AsAt = new(2020, 7, 31);

    private EfRegisterStore _store = null!;
    private RegisterAsAt _asAt = null!;
    private string _connectionString = "";

    [GlobalSetup]
    public void Setup()
    {
        _store = new EfRegisterStore(StorageOptions.SqliteFile(RegisterGenerator.EnsureDatabase()));
        _connectionString = _store.Options.ConnectionString;
        _asAt = new RegisterAsAt(new RegisterCore(_store, ReferenceData.EnglandAndWalesCalendar, ReferenceData.Rules(), new FixedClock(Instant.FromUtc(2026, 11, 21, 12, 0))));
    }

    [Benchmark(Baseline = true, Description = "ADO.NET: read all event rows (floor)")]
    public long AdoRead() => RawRegister.ReadEvents(_connectionString);

    [Benchmark(Description = "EF Core: LoadAllAsync (today)")]
    public async Task<int> EfLoadAll()
    {
        await using var session = await _store.BeginAsync(readOnly: true);
        return (await session.LoadAllAsync()).Count;
    }

    [Benchmark(Description = "RegisterAsAt.ListAsync(Stage=Refine) as at 2020-07-31")]
    public async Task<int> ListAsAt() => (await _asAt.ListAsync(new RegisterFilter { Stage = Stage.Refine }, AsAt)).Count;

    [Benchmark(Description = "RegisterAsAt.AssessmentsAsync(open) as at 2020-07-31")]
    public async Task<int> OpenAssessmentsAsAt() => (await _asAt.AssessmentsAsync(openOnly: true, AsAt)).Count;
}
