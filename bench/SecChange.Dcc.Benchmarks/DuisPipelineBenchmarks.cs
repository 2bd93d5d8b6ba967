using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Performance;

namespace SecChange.Dcc.Benchmarks;

/// <summary>
/// A DUIS SR 11.2 reference request in, the synchronous response and the asynchronous response out
/// (parse, validate, authorise, simulate the Device, serialise), against the bare cost of reading the
/// same XML: the Ratio column is the pipeline's cost in multiples of a bare parse.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class DuisPipelineBenchmarks
{
    private const int PerThread = 2048;
    private DuisGateway _gateway = null!;
    private string _xml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gateway = QuickBench.BuildGateway(SystemClock.Instance);
        _xml = QuickBench.SampleRequest;
    }

    [Benchmark(Baseline = true, Description = "Bare XML parse (XmlReader, every node, same settings)")]
    public int BareParse() => QuickBench.BareParse(_xml);

    [Benchmark(Description = "DUIS parse to ServiceRequest")]
    public object? ParseRequest() => DuisRequestParser.Parse(_xml).Request;

    [Benchmark(Description = "DUIS request in -> responses out (one thread)")]
    public DuisExchange RequestToResponse() => _gateway.Process(_xml);

    /// <summary>Both cores: per-operation time here is wall time / requests, so 1/mean = requests per second on the machine.</summary>
    [Benchmark(OperationsPerInvoke = PerThread * 2, Description = "DUIS request in -> responses out (2 threads)")]
    public void RequestToResponseTwoThreads()
    {
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                _gateway.Process(_xml);
            }
        });
    }
}
