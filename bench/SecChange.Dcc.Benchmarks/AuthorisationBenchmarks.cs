using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Dcc.Performance;

namespace SecChange.Dcc.Benchmarks;

/// <summary>Authorisation decisions (validation E13..E11, then E1..E5) over a 1-million-Device inventory.</summary>
[Config(typeof(ShortInProcessConfig))]
public class AuthorisationBenchmarks
{
    private const int Batch = 4096;
    private Action _decide = null!;

    [GlobalSetup]
    public void Setup() => _decide = QuickBench.BuildAuthorisationWorkload(1_000_000, SystemClock.Instance).Decide;

    /// <summary>One decision per operation; mean time per operation = 1 / decisions per second.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void AuthoriseOneRequest()
    {
        for (var i = 0; i < Batch; i++)
        {
            _decide();
        }
    }
}
