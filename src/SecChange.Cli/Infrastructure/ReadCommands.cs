using System.CommandLine;

namespace SecChange.Cli;

/// <summary>
/// The commands that only read the register. They never create one: pointed at a path with no register,
/// they say so (exit 3) instead of leaving an empty database behind. Every other command may create the
/// register on first use (init, tour, raise, import, party add, ...), and so do the calendar queries, which
/// answer from the shipped calendar when the register is new.
/// </summary>
public static class ReadCommands
{
    private static readonly HashSet<string> Paths = new(StringComparer.Ordinal)
    {
        "list", "show", "timeline", "audit", "export",
        "party list", "party people", "board list", "ballot tally", "release list", "release next",
        "assessment list", "consultation summary",
        "meeting show", "meeting list", "action list",
        "report minutes", "report consultation", "report status", "report modification",
        "dcc compare", "dcc simulate", "dcc inventory load", "dcc behaviours",
    };

    public static bool IsRead(ParseResult parse) => Paths.Contains(PathOf(parse));

    private static string PathOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var c = parse.CommandResult; c?.Parent is System.CommandLine.Parsing.CommandResult parent; c = parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return string.Join(' ', names);
    }
}
