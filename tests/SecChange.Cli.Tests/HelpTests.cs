using System.CommandLine;
using SecChange.Testing;

namespace SecChange.Cli.Tests;

public class HelpTests
{
    public static TheoryData<string> EveryCommand()
    {
        var root = CliApp.BuildRoot(new CliRuntime(TextWriter.Null, TextWriter.Null, FixedClock.On(2026, 11, 21), null));
        var data = new TheoryData<string>();
        void Walk(Command c, string path)
        {
            data.Add(path);
            foreach (var sub in c.Subcommands) Walk(sub, (path + " " + sub.Name).Trim());
        }

        Walk(root, "");
        return data;
    }

    [Theory, MemberData(nameof(EveryCommand))]
    public async Task Help_WhenAskedOfAnyCommand_DescribesItsUsage(string command)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

        var result = await new CliHarness().RunAsync(args);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("Usage:");
        result.Output.ShouldContain("Description:");
    }
}
