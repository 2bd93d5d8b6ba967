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
        var runtime = new CliRuntime(output, error, clock ?? SystemClock.Instance, environment);
        error = runtime.Error; // error messages quote user input: print it with control characters escaped
        var root = BuildRoot(runtime);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"error: {parsed.Errors[0].Message} (see '{CommandPath(parsed)} --help')");
            return BadInput;
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
            await error.WriteLineAsync($"error: {ex.Message}");
            return ex.Kind switch
            {
                ErrorKind.NotFound => NotFound,
                ErrorKind.Conflict => Conflict,
                _ => BadInput,
            };
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return BadInput;
        }
        catch (Exception ex) when (!runtime.Debug)
        {
            await error.WriteLineAsync($"error: unexpected failure ({ex.GetType().Name}): {ex.Message.Split('\n')[0]}");
            return Unexpected;
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

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var c = parsed.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, c.Command.Name);
        }

        names[0] = "secchange";
        return string.Join(' ', names);
    }
}
