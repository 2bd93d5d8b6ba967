using System.CommandLine;
using System.CommandLine.Parsing;

namespace SecChange.Cli;

/// <summary>
/// Says what was wrong with a command line: a mistyped command, sub-command or option is named with the nearest
/// real ones, a missing sub-command with the ones there are; anything else with the parser's own message.
/// </summary>
public static class ParseErrors
{
    public static CliError Describe(ParseResult parsed, IReadOnlyList<string> args)
    {
        var typed = parsed.UnmatchedTokens.Count > 0 ? parsed.UnmatchedTokens[0] : null;
        var command = typed is null || typed.StartsWith('-') ? parsed.CommandResult.Command : CommandAt(parsed.RootCommandResult.Command, args, typed);
        var path = typed is null || typed.StartsWith('-') ? CommandPath(parsed) : PathTo(parsed.RootCommandResult.Command, args, typed);
        var help = $" (see '{path} --help')";
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (typed is not null && typed.StartsWith('-'))
        {
            var near = Suggestions.Nearest(typed, OptionNames(parsed.CommandResult));
            return CliError.BadInput($"'{typed}' is not an option of '{path}'.{DidYouMean(near)}{help}", near);
        }

        if (typed is not null && subcommands.Count > 0)
        {
            var near = Suggestions.Nearest(typed, subcommands);
            var what = command is RootCommand ? "a secchange command" : $"a sub-command of '{path}'";
            var hint = near.Count > 0 ? DidYouMean(near) : command is RootCommand ? "" : $" Its sub-commands: {string.Join(", ", subcommands)}.";
            return CliError.BadInput($"'{typed}' is not {what}.{hint}{help}", near);
        }

        if (typed is null && subcommands.Count > 0 && command.Action is null)
        {
            return CliError.BadInput(command is RootCommand
                ? $"Give a command, e.g. 'secchange list'.{help}"
                : $"'{path}' needs a sub-command: {string.Join(", ", subcommands)}.{help}");
        }

        return CliError.BadInput(parsed.Errors[0].Message + help);
    }

    /// <summary>
    /// The command a mistyped word was given to: the parser may skip it and match a later word (in
    /// "asessment list", "list"), but the typo belongs to the level where it stands.
    /// </summary>
    private static Command CommandAt(Command root, IReadOnlyList<string> args, string typed) => Walk(root, args, typed).Last();

    private static string PathTo(Command root, IReadOnlyList<string> args, string typed) =>
        string.Join(' ', ["secchange", .. Walk(root, args, typed).Skip(1).Select(c => c.Name)]);

    private static IEnumerable<Command> Walk(Command root, IReadOnlyList<string> args, string typed)
    {
        var level = root;
        yield return level;
        foreach (var arg in args.TakeWhile(a => a != typed))
        {
            if (level.Subcommands.FirstOrDefault(c => c.Name == arg || c.Aliases.Contains(arg)) is not { } next) continue;
            level = next;
            yield return level;
        }
    }

    /// <summary>The command's path as typed, e.g. "secchange assessment list".</summary>
    public static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var c = parsed.CommandResult; c is not null; c = c.Parent as CommandResult)
        {
            names.Insert(0, c.Command.Name);
        }

        names[0] = "secchange";
        return string.Join(' ', names);
    }

    private static string DidYouMean(IReadOnlyList<string> near) => near.Count switch
    {
        0 => "",
        1 => $" Did you mean '{near[0]}'?",
        _ => $" Did you mean one of: {string.Join(", ", near.Select(n => $"'{n}'"))}?",
    };

    /// <summary>The options a command takes: its own and those its parents pass down.</summary>
    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (var c = result; c is not null; c = c.Parent as CommandResult)
        {
            foreach (var option in c.Command.Options.Where(o => !o.Hidden && (c == result || o.Recursive)))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases) yield return alias;
            }
        }
    }
}
