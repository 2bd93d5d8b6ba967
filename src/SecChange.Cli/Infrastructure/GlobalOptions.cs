using System.CommandLine;
using SecChange.Domain.Process;

namespace SecChange.Cli;

/// <summary>Which of the global options a command uses.</summary>
[Flags]
public enum GlobalUse
{
    /// <summary>--db and --postgres: the command opens the register.</summary>
    Register = 1,

    /// <summary>--json: the command can write JSON.</summary>
    Json = 2,

    /// <summary>--by, --as and --org: the command acts for someone.</summary>
    Actor = 4,
}

/// <summary>
/// Options shared by many commands. Each is offered by the root (so `secchange --db FILE raise ...` works) and by
/// each command that uses it, and only there: a command's help lists only the options it reads.
/// </summary>
public sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite database file (default: $SECCHANGE_DB or ./secchange.db)",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string instead of SQLite (default: $SECCHANGE_POSTGRES)",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Write JSON instead of tables" };

    public Option<string?> By { get; } = new("--by") { Description = "Who takes the step (a person or body)" };

    public Option<ActorRole?> As { get; } = OptionParsers.EnumOption<ActorRole>("--as",
        "The role in which the step is taken (default: the step's usual role)");

    public Option<string?> Org { get; } = new("--org") { Description = "The organisation of the person taking the step" };

    public IEnumerable<Option> All => [Db, Postgres, Json, By, As, Org];

    /// <summary>Whether a global option's name is followed by its value as the next word.</summary>
    public static bool TakesValue(string name) => name is "--db" or "--postgres" or "--by" or "--as" or "--org";

    /// <summary>Offers the global options a command uses on that command.</summary>
    public Command AddTo(Command command, GlobalUse uses)
    {
        IEnumerable<Option> options =
        [
            .. uses.HasFlag(GlobalUse.Register) ? [Db, Postgres] : Array.Empty<Option>(),
            .. uses.HasFlag(GlobalUse.Json) ? [Json] : Array.Empty<Option>(),
            .. uses.HasFlag(GlobalUse.Actor) ? [By, As, Org] : Array.Empty<Option>(),
        ];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <summary>
    /// The value of a global option, which the parsed command must offer: reading one it does not offer is a
    /// mistake in the command's declaration (its help would not list the option), caught by any test that runs it.
    /// </summary>
    public static T? Value<T>(ParseResult parse, Option<T> option) => parse.CommandResult.Command.Options.Contains(option)
        ? parse.GetValue(option)
        : throw new InvalidOperationException($"'{parse.CommandResult.Command.Name}' reads {option.Name} but does not offer it.");
}
