using System.CommandLine;
using NodaTime;

namespace SecChange.Cli.Dcc;

/// <summary>
/// <c>secchange dcc</c>: the DCC System model from the command line — load an inventory, remove a
/// firmware version from the CPL, send DUIS requests, simulate a firmware campaign, compare rule sets
/// without and with a release's modifications, and measure performance. State between calls lives in <c>--state FILE</c>.
/// </summary>
// System.CommandLine's Command is IEnumerable for collection initialisers; that is its design, not ours.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1010", Justification = "Command enumerates its symbols by design.")]
public sealed class DccCommand : Command
{
    public DccCommand()
        : this(SystemClock.Instance)
    {
    }

    public DccCommand(IClock clock)
        : this(new CliRuntime(TextWriter.Null, TextWriter.Null, clock, environment: null))
    {
    }

    /// <summary>The dcc commands over a runtime whose database holds the register (for --release and --modification).</summary>
    public DccCommand(CliRuntime runtime)
        : base("dcc", "The DCC System model: Smart Metering Inventory, CPL, DUIS Service Requests, and what a release's modifications change.")
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var clock = runtime.Clock;
        Subcommands.Add(InventoryCommands.Create(runtime));
        Subcommands.Add(CplCommands.Create(clock));
        Subcommands.Add(SignCommand.Create(clock));
        Subcommands.Add(SendCommand.Create(clock));
        Subcommands.Add(SimulateCommands.CreateSimulate(runtime));
        Subcommands.Add(CompareCommand.Create(runtime));
        Subcommands.Add(BenchCommand.Create(clock));
        Subcommands.Add(BehavioursCommand.Create(runtime));
    }
}

/// <summary>Options several dcc commands share (a fresh instance per command).</summary>
internal static class DccOptions
{
    public static Option<string> State() => new("--state")
    {
        Description = "The DCC state file kept between calls.",
        DefaultValueFactory = _ => DccCli.DefaultStatePath,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of a table." };
}
