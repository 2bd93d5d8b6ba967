using SecChange.Testing;

namespace SecChange.Cli.Tests;

/// <summary>Runs `secchange` in process against its own SQLite file, capturing output, error and exit code.</summary>
public sealed class CliHarness
{
    private readonly Dictionary<string, string?> _environment;

    public CliHarness(FixedClock? clock = null)
    {
        DatabasePath = Scratch.File("secchange-cli", ".db");
        Clock = clock ?? FixedClock.On(2026, 11, 21);
        _environment = new() { ["SECCHANGE_DB"] = DatabasePath };
    }

    public string DatabasePath { get; }

    public FixedClock Clock { get; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, Clock, _environment);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs and requires success, so a failing set-up step is reported where it happened.</summary>
    public async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        result.ExitCode.ShouldBe(0, $"secchange {string.Join(' ', args)} failed: {result.Error}");
        return result;
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);
