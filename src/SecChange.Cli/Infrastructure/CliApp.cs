using System.CommandLine;
using NodaTime;
using SecChange.Cli.Commands;
using SecChange.Domain.Errors;

namespace SecChange.Cli;

/// <summary>
/// The `secchange` command line: builds the command tree and maps every failure to a one-line message
/// and an exit code (2 bad input or broken rule, 3 not found, 4 concurrent change, 1 unexpected).
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int BadInput = 2;
    public const int NotFound = 3;
    public const int Conflict = 4;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IClock? clock = null,
        IReadOnlyDictionary<string, string?>? environment = null, CancellationToken ct = default)
    {
        // --json asks for errors as JSON too, even when the rest of the line does not parse.
        var json = args.Contains("--json");
        var runtime = new CliRuntime(output, error, clock ?? SystemClock.Instance, environment);
        error = runtime.Error; // error messages quote user input: print it with control characters escaped
        var root = BuildRoot(runtime, args);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return await ParseErrors.Describe(parsed, args).WriteAsync(error, json);
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            }, ct);
        }
        catch (DomainException ex)
        {
            return await CliError.Of(ex).WriteAsync(error, json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await CliError.BadInput(ex.Message).WriteAsync(error, json);
        }
        catch (Exception ex) when (!runtime.Debug)
        {
            return await CliError.Unexpected($"unexpected failure ({ex.GetType().Name}): {ex.Message.Split('\n')[0]}").WriteAsync(error, json);
        }
    }

    /// <summary>The whole command tree (root help, suggestions for a mistyped command, tests).</summary>
    public static RootCommand BuildRoot(CliRuntime runtime) => BuildRoot(runtime, []);

    /// <summary>
    /// The command tree a command line needs: when its first word names a command, only that command is built
    /// (most of a short command's start-up is building and JIT-compiling options it will never parse; a family
    /// builds its commands in turn and stops there); otherwise (no command, root help, a typo) every family, so
    /// suggestions see all names.
    /// </summary>
    public static RootCommand BuildRoot(CliRuntime runtime, IReadOnlyList<string> args)
    {
        var root = new RootCommand(
            "SecChange: the Smart Energy Code Modification Register and process engine.\n" +
            "Dates are yyyy-MM-dd. Global options choose the database (--db FILE or --postgres CONNECTION) and who acts (--by, --as, --org).");
        foreach (var option in runtime.Options.All)
        {
            root.Options.Add(option);
        }

        var word = CommandWord(args);
        if (word is not null && Array.Find(Families, f => f.Names.Contains(word)) is { } family)
        {
            root.Subcommands.Add(family.Build(runtime).First(c => c.Name == word));
            return root;
        }

        foreach (var each in Families)
        {
            foreach (var command in each.Build(runtime))
            {
                root.Subcommands.Add(command);
            }
        }

        return root;
    }

    /// <summary>Each family of commands with the top-level names it builds (a test checks they agree).</summary>
    public static readonly CommandFamily[] Families =
    [
        new(["init", "tour"], r => new TourCommands(r).Build()),
        new(["list", "show", "timeline", "raise", "alternative", "amend", "classify", "audit"], r => new RegisterCommands(r).Build()),
        new(["csc-outcome", "convert", "route", "recommend", "wg-meeting", "report", "vote", "panel-decision", "authority-decision", "refer", "appeal",
          "determine", "withdraw", "history"], r => new ProcessCommands(r).Build()),
        new(["assessment"], r => new AssessmentCommands(r).Build()),
        new(["consultation"], r => new ConsultationCommands(r).Build()),
        new(["board", "ballot"], r => new ChangeBoardCommands(r).Build()),
        new(["release"], r => new ReleaseCommands(r).Build()),
        new(["party"], r => new PartyCommands(r).Build()),
        new(["calendar"], r => new CalendarCommands(r).Build()),
        new(["export", "import", "reproject"], r => new ExchangeCommands(r).Build()),
        new(["meeting"], r => new MeetingCommands(r).Build()),
        new(["action"], r => new ActionCommands(r).Build()),
        new(["dcc"], r => [new Dcc.DccCommand(r)]),
    ];

    /// <summary>The first word of the command line that is not an option or an option's value: the command's name.</summary>
    private static string? CommandWord(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                return arg;
            }

            if (GlobalOptions.TakesValue(arg))
            {
                i++;
            }
        }

        return null;
    }
}

/// <summary>A family of top-level commands: the names it builds, and how (each command in turn, as enumerated).</summary>
public sealed record CommandFamily(string[] Names, Func<CliRuntime, IEnumerable<Command>> Build);
