using System.CommandLine;
using SecChange.Domain.Process;

namespace SecChange.Cli;

/// <summary>Options every command accepts.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite database file (default: $SECCHANGE_DB or ./secchange.db)",
        Recursive = true,
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string instead of SQLite (default: $SECCHANGE_POSTGRES)",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Write JSON instead of tables", Recursive = true };

    public Option<string?> By { get; } = new("--by") { Description = "Who takes the step (a person or body)", Recursive = true };

    public Option<ActorRole?> As { get; } = OptionParsers.EnumOption<ActorRole>("--as",
        "The role in which the step is taken (default: the step's usual role)", recursive: true);

    public Option<string?> Org { get; } = new("--org") { Description = "The organisation of the person taking the step", Recursive = true };

    public IEnumerable<Option> All => [Db, Postgres, Json, By, As, Org];
}
