namespace SecChange.Cli.Tests;

/// <summary>Bad input gets a one-line error, a non-zero exit and nothing written.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData(3, "There is no modification MP999", "show", "MP999")]
    [InlineData(2, "is not a modification number", "show", "XYZ")]
    [InlineData(2, "it is not the time to record the Change Board's decision. Allowed next:", "vote", "DP095", "--outcome", "approve")]
    [InlineData(2, "is not a date", "raise", "--title", "T", "--proposer", "P", "--on", "2020-02-30")]
    [InlineData(2, "outside the bank-holiday data", "calendar", "between", "2013-12-31", "2020-01-01")]
    [InlineData(2, "outside the bank-holiday data", "calendar", "add", "2027-12-20", "10")]
    [InlineData(2, "is not one of", "list", "--stage", "nowhere")]
    [InlineData(2, "Required", "raise", "--title", "No proposer")]
    [InlineData(2, "MP105 already exists", "raise", "--title", "T", "--proposer", "P", "--number", "105", "--on", "2020-01-01")]
    [InlineData(2, "would reorder its history", "wg-meeting", "MP105", "--on", "2020-01-01")]
    [InlineData(2, "is in the future", "wg-meeting", "MP105", "--on", "2027-01-04")]
    [InlineData(3, "No release nope is defined; known releases:", "release", "target", "MP105", "nope")]
    [InlineData(2, "Only Proposer may withdraw it, not SECAS", "withdraw", "MP105", "--as", "secas", "--reason", "x")]
    public async Task Command_WhenInputIsBad_ExitsNonZeroWithOneLineAndWritesNothing(int exitCode, string message, params string[] args)
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        var before = (await cli.OkAsync("export", "-")).Output;

        var result = await cli.RunAsync(args);

        result.ExitCode.ShouldBe(exitCode, result.Error);
        result.Error.ShouldContain(message);
        result.Error.TrimEnd().ShouldNotContain("\n");
        result.Error.ShouldNotContain("   at ");
        StripExportTime((await cli.OkAsync("export", "-")).Output).ShouldBe(StripExportTime(before));
    }

    [Theory]
    [InlineData("{\"format\":\"secchange-register\",\"version\":1,\"modifications\":[{\"id\":\"MP900\",\"events\":[", "not valid")]
    [InlineData("not json at all", "not valid")]
    [InlineData("{\"format\":\"something-else\",\"version\":1}", "not a SecChange register")]
    [InlineData("{\"format\":\"secchange-register\",\"version\":1,\"modifications\":[{\"id\":\"MP900\",\"events\":[{\"on\":\"2020-01-01\",\"by\":{\"name\":\"X\",\"role\":\"Secas\"},\"change\":{\"type\":\"Teleported\"}}]}]}", "not valid")]
    [InlineData("{\"format\":\"secchange-register\",\"version\":1,\"modifications\":[{\"id\":\"MP900\",\"events\":[{\"on\":\"2020-01-01\",\"by\":{\"name\":\"X\",\"role\":\"Secas\"},\"change\":{\"type\":\"ModificationReportApproved\"}}]}]}", "cannot start a modification")]
    public async Task Import_WhenFileIsCorruptOrPartial_RefusesAndLeavesTheRegisterAsItWas(string content, string message)
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        var file = Scratch.File("secchange-bad", ".json");
        await File.WriteAllTextAsync(file, content);

        var result = await cli.RunAsync("import", file);

        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain(message);
        (await cli.OkAsync("list", "--text", "MP900")).Output.ShouldContain("0 modifications");
    }

    [Fact]
    public async Task Import_WhenFileIsMissing_ExitsNotFound()
    {
        var result = await new CliHarness().RunAsync("import", "/nonexistent/register.json");

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("There is no file");
    }

    [Fact]
    public async Task Step_WhenIfVersionIsStale_ExitsWithConflict()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.RunAsync("wg-meeting", "MP105", "--on", "2020-11-04", "--if-version", "3");

        result.ExitCode.ShouldBe(4);
        result.Error.ShouldContain("has changed since version 3");
    }

    private static string StripExportTime(string json) =>
        string.Join('\n', json.Split('\n').Where(l => !l.Contains("\"exportedAt\"", StringComparison.Ordinal)));
}

public class StorageChoiceTests
{
    [Theory]
    [InlineData("nonsense=1", "connection string is not valid")]
    [InlineData("Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2", "Could not open the register database")]
    public async Task Postgres_WhenConnectionIsBad_SaysWhyWithoutAStackTrace(string connection, string message)
    {
        var result = await new CliHarness().RunAsync("list", "--postgres", connection);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Db_WhenFolderIsMissing_SaysSo()
    {
        var result = await new CliHarness().RunAsync("list", "--db", "/nonexistent/folder/register.db");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("The folder for the database does not exist");
    }
}
