using System.CommandLine;
using SecChange.Cli.Dcc;

namespace SecChange.Dcc.Tests;

/// <summary>A scratch folder to run <c>secchange dcc</c> commands in process, with the clock fixed.</summary>
public abstract class DccCliScratch : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("dcc-cli-").FullName;

    protected string State => Path.Combine(Dir, "state.json");

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(new DccCommand(new FixedClock(Scenario.Start)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(["dcc", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    protected string WriteFile(string name, string content)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
