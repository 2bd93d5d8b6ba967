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
        var root = BuildRoot(runtime);
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

    public static RootCommand BuildRoot(CliRuntime runtime)
    {
        var root = new RootCommand(
            "SecChange: the Smart Energy Code Modification Register and process engine.\n" +
            "Dates are yyyy-MM-dd. Global options choose the database (--db FILE or --postgres CONNECTION) and who acts (--by, --as, --org).");
        foreach (var option in runtime.Options.All)
        {
            root.Options.Add(option);
        }

        foreach (var command in new CommandGroup[]
        {
            new TourCommands(runtime), new RegisterCommands(runtime), new ProcessCommands(runtime), new AssessmentCommands(runtime),
            new ConsultationCommands(runtime), new ChangeBoardCommands(runtime), new ReleaseCommands(runtime), new PartyCommands(runtime),
            new CalendarCommands(runtime), new ExchangeCommands(runtime),
            new MeetingCommands(runtime), new ActionCommands(runtime),
        }.SelectMany(g => g.Build()))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(new Dcc.DccCommand(runtime.Clock));
        return root;
    }
}
