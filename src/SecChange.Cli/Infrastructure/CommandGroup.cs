using System.CommandLine;

namespace SecChange.Cli.Commands;

/// <summary>A family of related commands (register, process steps, assessments, ...).</summary>
public abstract class CommandGroup(CliRuntime runtime)
{
    /// <summary>A command that reads the register and can answer in JSON.</summary>
    protected const GlobalUse Reads = GlobalUse.Register | GlobalUse.Json;

    /// <summary>A command that changes the register for someone (--by, --as, --org) and can answer in JSON.</summary>
    protected const GlobalUse Acts = GlobalUse.Register | GlobalUse.Json | GlobalUse.Actor;

    protected CliRuntime Runtime { get; } = runtime;

    public abstract IEnumerable<Command> Build();

    /// <summary>
    /// Sets an action that runs with the runtime and returns an exit code, and offers the global options
    /// it <paramref name="uses"/> (only those appear in its help).
    /// </summary>
    protected Command WithAction(Command command, GlobalUse uses, Func<ParseResult, CancellationToken, Task> action)
    {
        Runtime.Options.AddTo(command, uses);
        command.SetAction(async (parse, ct) =>
        {
            await action(parse, ct);
            return CliApp.Ok;
        });
        return command;
    }
}
