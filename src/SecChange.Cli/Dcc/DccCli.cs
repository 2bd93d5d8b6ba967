using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SecChange.Cli.Rendering;
using SecChange.Dcc.Files;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Rules;

namespace SecChange.Cli.Dcc;

/// <summary>What every dcc command gets: its output, the clock, the state file, and error handling.</summary>
internal sealed class DccCli(ParseResult parseResult, IClock clock, string statePath, bool json)
{
    public const string DefaultStatePath = ".secchange/dcc-state.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public IClock Clock { get; } = clock;

    public string StatePath { get; } = Path.GetFullPath(statePath);

    public bool Json { get; } = json;

    public TextWriter Out => parseResult.InvocationConfiguration.Output;

    public TextWriter Err => parseResult.InvocationConfiguration.Error;

    /// <summary>Tables and lines on the command's output, fitted to the terminal's width or, when not writing to one, to a fixed width.</summary>
    public Rendering.TextConsole Console => _console ??= Rendering.TextConsole.For(Out);

    private Rendering.TextConsole? _console;

    /// <summary>Runs a command body, turning failures into one line on stderr and an exit code.</summary>
    public static int Run(ParseResult parseResult, Option<string> state, Option<bool> json, IClock clock, Func<DccCli, int> body) =>
        RunAsync(parseResult, state, json, clock, cli => Task.FromResult(body(cli))).GetAwaiter().GetResult();

    /// <summary>Runs a command body that may read the register, turning failures into one line on stderr and an exit code.</summary>
    public static async Task<int> RunAsync(ParseResult parseResult, Option<string> state, Option<bool> json, IClock clock, Func<DccCli, Task<int>> body)
    {
        var cli = new DccCli(parseResult, clock, parseResult.GetValue(state) ?? DefaultStatePath, parseResult.GetValue(json));
        try
        {
            return await body(cli);
        }
        catch (SecChange.Domain.Errors.DomainException ex)
        {
            await cli.Err.WriteLineAsync(ex.Message);
            return CliError.Of(ex).ExitCode;
        }
        catch (DccCliException ex)
        {
            cli.Err.WriteLine(ex.Message);
            return ex.ExitCode;
        }
        catch (FileNotFoundException ex)
        {
            cli.Err.WriteLine($"Not found: {ex.FileName ?? ex.Message}");
            return DccCliException.NotFound;
        }
        catch (DirectoryNotFoundException ex)
        {
            cli.Err.WriteLine($"Not found: {ex.Message}");
            return DccCliException.NotFound;
        }
        catch (KeyNotFoundException ex)
        {
            cli.Err.WriteLine(ex.Message);
            return DccCliException.NotFound;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            cli.Err.WriteLine(ex.Message);
            return DccCliException.BadInput;
        }
    }

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>Reads a file the user named; exit 3 when it does not exist.</summary>
    public static string ReadUserFile(string path)
    {
        if (!File.Exists(path))
        {
            throw DccCliException.Missing($"File not found: {path}");
        }

        return File.ReadAllText(path);
    }

    /// <summary>A Device file's content; exit 2 naming the first problem (and how many more) when it does not read.</summary>
    public DeviceFileContent ReadDeviceFile(string path)
    {
        var result = DeviceFile.Read(ReadUserFile(path), Clock.GetCurrentInstant());
        return result.Success
            ? result.Content!
            : throw DccCliException.Bad(result.Errors.Count == 1 ? result.Errors[0] : $"{result.Errors[0]} (and {result.Errors.Count - 1} more problems)");
    }

    public bool HasState => File.Exists(StatePath);

    /// <summary>Loads the saved DCC state; exit 3 when there is none yet.</summary>
    public DccSystem LoadState()
    {
        if (!HasState)
        {
            throw DccCliException.Missing($"No DCC state at {StatePath}: run 'secchange dcc inventory load FILE' first.");
        }

        try
        {
            return DccStateDocument.Read(File.ReadAllText(StatePath), BehaviourCatalogue.Default, Clock);
        }
        catch (FormatException ex)
        {
            throw DccCliException.Bad($"The DCC state at {StatePath} is not readable: {ex.Message}");
        }
    }

    public void SaveState(DccSystem system) => WriteAtomically(StatePath, DccStateDocument.Write(system));

    /// <summary>Writes a whole file or nothing: a temporary file beside it, then a rename.</summary>
    public static void WriteAtomically(string path, string text)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
