using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SecChange.Testing;

/// <summary>
/// The xunit test framework of every test project (set in tests/Directory.Build.targets): it runs the
/// clean-ups registered during the run (scratch files, PostgreSQL schemas) before it reports the test
/// assembly finished. xunit 2 has no assembly-level teardown, and the test host is stopped too soon after
/// a run for ProcessExit handlers to finish.
/// </summary>
public sealed class CleanUpAfterRun(IMessageSink diagnosticMessageSink) : XunitTestFramework(diagnosticMessageSink)
{
    private static readonly ConcurrentQueue<Func<Task>> CleanUps = new();

    /// <summary>Runs <paramref name="cleanUp"/> once every test of this assembly has run.</summary>
    public static void Register(Func<Task> cleanUp) => CleanUps.Enqueue(cleanUp);

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        // async void as in xunit's own executor: completion is reported through the message sink.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink,
        IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            while (CleanUps.TryDequeue(out var cleanUp))
            {
                await Aggregator.RunAsync(cleanUp);
            }

            await base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
