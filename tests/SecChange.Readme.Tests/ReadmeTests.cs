namespace SecChange.Readme.Tests;

/// <summary>The README's shell blocks are true as written: every command runs, in order, on a fresh database.</summary>
public class ReadmeTests
{
    private static string ReadmeText => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public async Task ShellBlocks_WhenRunInOrderOnAFreshDatabase_EveryCommandSucceeds()
    {
        var commands = ShellLine.CommandsIn(ReadmeText);
        commands.Count.ShouldBeGreaterThan(10, "the README's ```sh blocks were found");
        await using var runner = new ReadmeRunner(Scratch.Directory("readme"));

        var failures = new List<string>();
        var failedLine = 0;
        foreach (var command in commands)
        {
            if (command.Line == failedLine)
            {
                continue; // after a failure, the rest of an && line does not run, as in the shell
            }

            string? failure;
            try
            {
                failure = await runner.RunAsync(command);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException)
            {
                failure = $"{ex.GetType().Name}: {ex.Message}";
            }

            if (failure is not null)
            {
                failedLine = command.Line;
                failures.Add($"README line {command.Line}: {command.Text}\n    {failure}");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
        runner.NotRunSeen.ShouldBe(ReadmeRunner.NotRun.Keys, ignoreOrder: true, "each exclusion is still needed by the README; left out: " + string.Join("; ", runner.Skipped));
    }

    [Fact]
    public void Split_WhenQuotesCommentsAndAnd_SplitsLikeTheShell()
    {
        var commands = ShellLine.Split("""secchange route MP1 --to "a b" && secchange vote 'x "y"' --text "say \"hi\""   # a comment""");

        commands.Count.ShouldBe(2);
        commands[0].ShouldBe(["secchange", "route", "MP1", "--to", "a b"]);
        commands[1].ShouldBe(["secchange", "vote", "x \"y\"", "--text", "say \"hi\""]);
    }

    [Theory]
    [InlineData("secchange list | head")]
    [InlineData("secchange export > out.json")]
    [InlineData("secchange show $ID")]
    [InlineData("secchange show \"unclosed")]
    public void Split_WhenShellSyntaxBeyondPlainCommands_RefusesNamingTheLine(string text)
    {
        Should.Throw<NotSupportedException>(() => ShellLine.Split(text, 42)).Message.ShouldContain("line 42");
    }

    [Fact]
    public void CommandsIn_WhenLineContinues_JoinsItAndKeepsItsFirstLineNumber()
    {
        var markdown = "text\n\n```sh\ncurl -s \\\n  http://x/y\nsecchange list\n```\n```json\n{}\n```\n";

        var commands = ShellLine.CommandsIn(markdown);

        commands.Select(c => (c.Line, c.Words.Count)).ShouldBe([(4, 3), (6, 2)]);
    }
}
