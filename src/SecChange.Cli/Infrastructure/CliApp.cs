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
    /// The command tree a command line needs: when its first word names a command, only the family that
    /// holds it is built (most of a short command's start-up is building and JIT-compiling options it will
    /// never parse); otherwise (no command, root help, a typo) every family, so suggestions see all names.
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
        var families = Families.Where(f => word is null || f.Names.Contains(word)).ToList();
        foreach (var family in families.Count > 0 ? families : Families)
        {
            foreach (var command in family.Build(runtime))
            {
                root.Subcommands.Add(command);
            }
        }

        return root;
    }

    /// <summary>Each family of commands with the top-level names it builds (a test checks they agree).</summary>
    public static readonly IReadOnlyList<(string[] Names, Func<CliRuntime, IEnumerable<Command>> Build)> Families =
    [
        (["init", "tour"], r => new TourCommands(r).Build()),
        (["list", "show", "timeline", "raise", "alternative", "amend", "classify", "audit"], r => new RegisterCommands(r).Build()),
        (["csc-outcome", "convert", "route", "recommend", "wg-meeting", "report", "vote", "panel-decision", "authority-decision", "refer", "appeal",
          "determine", "withdraw", "history"], r => new ProcessCommands(r).Build()),
        (["assessment"], r => new AssessmentCommands(r).Build()),
        (["consultation"], r => new ConsultationCommands(r).Build()),
        (["board", "ballot"], r => new ChangeBoardCommands(r).Build()),
        (["release"], r => new ReleaseCommands(r).Build()),
        (["party"], r => new PartyCommands(r).Build()),
        (["calendar"], r => new CalendarCommands(r).Build()),
        (["export", "import", "reproject"], r => new ExchangeCommands(r).Build()),
        (["meeting"], r => new MeetingCommands(r).Build()),
        (["action"], r => new ActionCommands(r).Build()),
        (["dcc"], r => [new Dcc.DccCommand(r)]),
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
