using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Application.StatusReport;
using SecChange.Documents.Rendering;
using SecChange.Documents.StatusReport;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;
using SecChange.Storage;

namespace SecChange.Benchmarks;

/// <summary>
/// The Change Status Report on the 10,000-modification register, against the time to load that register (the
/// floor, in the same run): the whole request (load, cut at the date, build the content), and the content and
/// the Word file alone from a register already loaded.
/// </summary>
[MemoryDiagnoser]
public class ChangeStatusReportBenchmarks
{
    private static readonly LocalDate AsAt = RegisterAsAtBenchmarks.AsAt;

    private EfRegisterStore _store = null!;
    private ChangeStatusReports _reports = null!;
    private IReadOnlyList<Modification> _loaded = [];
    private IReadOnlyList<Release> _releases = [];

    [GlobalSetup]
    public async Task Setup()
    {
        _store = new EfRegisterStore(StorageOptions.SqliteFile(RegisterGenerator.EnsureDatabase()));
        _reports = new ChangeStatusReports(new RegisterCore(_store, ReferenceData.EnglandAndWalesCalendar, ReferenceData.Rules(),
            new FixedClock(Instant.FromUtc(2026, 11, 21, 12, 0))));
        await using var session = await _store.BeginAsync(readOnly: true);
        _loaded = await session.LoadAllAsync();
        _releases = await session.ReleasesAsync();
    }

    [Benchmark(Baseline = true, Description = "EF Core: LoadAllAsync (load the register, floor)")]
    public async Task<int> Load()
    {
        await using var session = await _store.BeginAsync(readOnly: true);
        return (await session.LoadAllAsync()).Count;
    }

    [Benchmark(Description = "ChangeStatusReports.BuildAsync as at 2020-07-31 (load, cut, build)")]
    public async Task<int> Report() => (await _reports.BuildAsync(Viewer.Anonymous, AsAt)).Source.Modifications;

    [Benchmark(Description = "Content alone from the loaded register (cut, build)")]
    public int Content() => Build().Source.Modifications;

    [Benchmark(Description = "Content and Word file from the loaded register")]
    public int Word() => WordRenderer.Render(ChangeStatusReportDocument.Of(Build())).Length;

    private ChangeStatusReport Build() =>
        new ChangeStatusReportBuilder(ReferenceData.EnglandAndWalesCalendar, AsAt).Build(_loaded, _releases, []);
}
