using System.CommandLine;
using NodaTime;

namespace SecChange.Cli.Dcc;

/// <summary>
/// <c>secchange dcc</c>: the DCC System model from the command line — load an inventory, remove a
/// firmware version from the CPL, send DUIS requests, simulate a firmware campaign, compare rule sets
/// before and after MP105, and measure performance. State between calls lives in <c>--state FILE</c>.
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
        : base("dcc", "The DCC System model: Smart Metering Inventory, CPL, DUIS Service Requests and MP105.")
    {
        ArgumentNullException.ThrowIfNull(clock);
        Subcommands.Add(InventoryCommands.Create(clock));
        Subcommands.Add(CplCommands.Create(clock));
        Subcommands.Add(SignCommand.Create(clock));
        Subcommands.Add(SendCommand.Create(clock));
        Subcommands.Add(SimulateCommands.CreateSimulate(clock));
        Subcommands.Add(SimulateCommands.CreateCompare(clock));
        Subcommands.Add(BenchCommand.Create(clock));
        Subcommands.Add(RuleSetsCommand.Create(clock));
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

    public static Option<string> RuleSet(string defaultId) => new("--rule-set")
    {
        Description = "The rule set: before-mp105 or nov-2021 (November 2021 SEC Release, with MP105).",
        DefaultValueFactory = _ => defaultId,
    };
}
