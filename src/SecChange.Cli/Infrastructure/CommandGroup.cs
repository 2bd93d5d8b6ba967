using System.CommandLine;

namespace SecChange.Cli.Commands;

/// <summary>A family of related commands (register, process steps, assessments, ...).</summary>
public abstract class CommandGroup(CliRuntime runtime)
{
    protected CliRuntime Runtime { get; } = runtime;

    public abstract IEnumerable<Command> Build();

    /// <summary>Sets an action that runs with the runtime and returns an exit code.</summary>
    protected static Command WithAction(Command command, Func<ParseResult, CancellationToken, Task> action)
    {
        command.SetAction(async (parse, ct) =>
        {
            await action(parse, ct);
            return CliApp.Ok;
        });
        return command;
    }
}
