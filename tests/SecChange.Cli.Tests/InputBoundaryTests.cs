namespace SecChange.Cli.Tests;

/// <summary>What the CLI refuses at the boundary, and how it prints stored text that holds control characters.</summary>
public class InputBoundaryTests
{
    private const string Evil = "Evil \u001b[31mred\u001b]0;owned\u0007 title\u009b2J";

    [Theory]
    [InlineData("100000")]
    [InlineData("2147483647")]
    public async Task Raise_WhenNumberCannotBeReadBack_IsRefusedAndTheRegisterStillWorks(string number)
    {
        var cli = new CliHarness();
        await cli.OkAsync("raise", "--title", "First", "--proposer", "Chun Chen", "--party", "DCC", "--on", "2021-01-04");

        var result = await cli.RunAsync("raise", "--title", "Too far", "--proposer", "Chun Chen", "--party", "DCC", "--on", "2021-01-04", "--number", number);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("use a number from 1 to 99999");
        (await cli.OkAsync("list")).Output.ShouldContain("1 modification");
        (await cli.OkAsync("raise", "--title", "Next", "--proposer", "Chun Chen", "--party", "DCC", "--on", "2021-01-04")).Output.ShouldContain("DP002");
    }

    [Fact]
    public async Task Raise_WhenTitleIsHuge_IsRefusedNamingTheLimit()
    {
        var cli = new CliHarness();

        var result = await cli.RunAsync("raise", "--title", new string('a', 120_000), "--proposer", "Chun Chen", "--party", "DCC", "--on", "2021-01-04");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("The title is too long: 120,000 characters, at most 500 are allowed.");
    }

    [Fact]
    public async Task ListShowTimeline_WhenStoredTextHoldsTerminalEscapes_PrintThemEscaped()
    {
        var cli = new CliHarness();
        await cli.OkAsync("raise", "--title", Evil, "--proposer", "Chun\u001b[2J Chen", "--party", "DCC", "--on", "2021-01-04");

        foreach (var args in new[] { new[] { "list" }, ["show", "DP1"], ["timeline", "DP1"], ["raise", "--title", "x\u001b[1m", "--proposer", "P\u001b[1m", "--party", "DCC", "--on", "2021-01-04"] })
        {
            var output = (await cli.OkAsync(args)).Output;
            output.ShouldNotContain("\u001b");
            output.ShouldNotContain("\u0007");
            output.ShouldNotContain("\u009b");
            output.ShouldContain("\\u001B[");
        }
    }

    [Fact]
    public async Task List_WhenJson_KeepsTheStoredTextExactly()
    {
        var cli = new CliHarness();
        await cli.OkAsync("raise", "--title", Evil, "--proposer", "Chun Chen", "--party", "DCC", "--on", "2021-01-04");

        var json = (await cli.OkAsync("list", "--json")).Output;

        System.Text.Json.JsonDocument.Parse(json).RootElement[0].GetProperty("title").GetString().ShouldBe(Evil);
    }

    [Fact]
    public async Task Error_WhenInputHoldsTerminalEscapes_QuotesItEscaped()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init");

        var result = await cli.RunAsync("show", "DP\u001b[31m1");

        result.Error.ShouldContain("'DP\\u001B[31m1' is not a modification number");
        result.Error.ShouldNotContain("\u001b");
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show")]
    [InlineData("export")]
    public async Task ReadCommand_WhenNoRegisterAtThePath_SaysSoAndCreatesNothing(string command)
    {
        var cli = new CliHarness();
        string[] args = command switch { "show" => ["show", "MP105"], "export" => ["export", "-"], _ => [command] };

        var result = await cli.RunAsync(args);

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain($"There is no SecChange register at {cli.DatabasePath}");
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public async Task Db_WhenFileIsAnotherApplicationsDatabase_IsRefusedUntouched()
    {
        var cli = new CliHarness();
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var cmd = other.CreateCommand();
            cmd.CommandText = "CREATE TABLE notes (body TEXT)";
            await cmd.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(cli.DatabasePath);

        var result = await cli.RunAsync("raise", "--title", "x", "--proposer", "P", "--party", "DCC", "--on", "2021-01-04");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("is not a SecChange register (it holds other tables: notes); nothing was changed.");
        (await File.ReadAllBytesAsync(cli.DatabasePath)).ShouldBe(before);
    }

    [Theory]
    [InlineData("Foo=", "it has a setting PostgreSQL does not know")]
    [InlineData("Username=postgres;Database=postgres", "names no server")]
    public async Task Postgres_WhenConnectionStringIsBroken_ExplainsWithExit2(string connection, string message)
    {
        var result = await new CliHarness().RunAsync("list", "--postgres", connection);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
    }

    [Fact]
    public async Task Import_WhenFileIsNotJson_IsRefusedQuickly()
    {
        var cli = new CliHarness();
        var file = Scratch.File("secchange-zeros", ".json");
        await File.WriteAllBytesAsync(file, new byte[1024 * 1024]);

        var result = await cli.RunAsync("import", file);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("The register file is not valid");
        File.Delete(file);
    }

    [Fact]
    public async Task MeetingCreate_WhenPlaceIsLongerThanALine_IsRefusedAndNothingIsSaved()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init");

        var result = await cli.RunAsync("meeting", "create", "--body", "csc", "--number", "11", "--on", "2020-01-28", "--place", new string('g', 501));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("The place is too long");
        (await cli.OkAsync("meeting", "list")).Output.ShouldNotContain("CSC 11");
    }
}
