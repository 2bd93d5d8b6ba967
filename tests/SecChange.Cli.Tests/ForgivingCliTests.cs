using System.Text.Json;

namespace SecChange.Cli.Tests;

/// <summary>A mistyped line is named with what was meant; errors have one shape; "not found" is exit 3 everywhere.</summary>
public class ForgivingCliTests
{
    [Theory]
    [InlineData("'lst' is not a secchange command. Did you mean 'list'?", "lst")]
    [InlineData("'asessment' is not a secchange command. Did you mean 'assessment'?", "asessment", "list")]
    [InlineData("'lsit' is not a sub-command of 'secchange assessment'. Did you mean 'list'?", "assessment", "lsit")]
    [InlineData("'--stge' is not an option of 'secchange list'. Did you mean '--stage'?", "list", "--stge", "refine")]
    [InlineData("'--refrence' is not an option of 'secchange meeting item'.", "meeting", "item", "CSC 11", "--refrence", "DP098")]
    public async Task Run_WhenACommandOrOptionIsMistyped_NamesTheTypoAndTheNearest(string message, params string[] args)
    {
        var result = await new CliHarness().RunAsync(args);

        result.ExitCode.ShouldBe(CliApp.BadInput);
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("Required command was not provided");
        result.Error.TrimEnd().ShouldNotContain("\n");
    }

    [Fact]
    public async Task Run_WhenASubCommandIsMissing_ListsTheSubCommands()
    {
        var result = await new CliHarness().RunAsync("assessment");

        result.ExitCode.ShouldBe(CliApp.BadInput);
        result.Error.ShouldContain("'secchange assessment' needs a sub-command: request, defer, accept, return");
    }

    [Fact]
    public async Task Run_WhenNothingIsNear_SaysSoWithoutGuessing()
    {
        var result = await new CliHarness().RunAsync("zzzzzzzz");

        result.Error.ShouldContain("'zzzzzzzz' is not a secchange command.");
        result.Error.ShouldNotContain("Did you mean");
    }

    [Fact]
    public async Task Run_WhenJsonAndNotFound_WritesTheErrorAsJsonOnStderr()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.RunAsync("show", "MP999", "--json");

        result.ExitCode.ShouldBe(CliApp.NotFound);
        result.Output.ShouldBeEmpty();
        using var error = JsonDocument.Parse(result.Error);
        error.RootElement.GetProperty("error").GetString().ShouldBe("There is no modification MP999 in the register.");
        error.RootElement.GetProperty("code").GetString().ShouldBe("not-found");
        error.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(3);
        error.RootElement.TryGetProperty("suggestions", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Run_WhenJsonAndMistyped_WritesTheSuggestionsInTheJson()
    {
        var result = await new CliHarness().RunAsync("lst", "--json");

        result.ExitCode.ShouldBe(CliApp.BadInput);
        using var error = JsonDocument.Parse(result.Error);
        error.RootElement.GetProperty("code").GetString().ShouldBe("bad-input");
        error.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(2);
        error.RootElement.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ShouldBe(["list"]);
    }

    [Fact]
    public async Task Run_WhenJsonAndARuleIsBroken_CodesItAsRuleBroken()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.RunAsync("vote", "DP095", "--outcome", "approve", "--json");

        result.ExitCode.ShouldBe(CliApp.BadInput);
        using var error = JsonDocument.Parse(result.Error);
        error.RootElement.GetProperty("code").GetString().ShouldBe("rule-broken");
        error.RootElement.GetProperty("error").GetString()!.ShouldContain("it is not the time to record the Change Board's decision");
    }

    [Theory]
    [InlineData("There is no modification MP999", "show", "MP999")]
    [InlineData("MP105 has no assessment PA9; known: PA1, PA2, IA1.", "assessment", "accept", "MP105", "PA9", "--on", "2021-01-04")]
    [InlineData("MP105 has no assessment IA7", "assessment", "return", "MP105", "IA7", "--on", "2021-01-04")]
    [InlineData("There is no meeting CSC 99", "meeting", "show", "CSC 99")]
    [InlineData("There is no action CSC 99/01", "action", "update", "CSC 99/01", "--meeting", "CSC 11", "--text", "x")]
    [InlineData("No release nope is defined; known releases:", "release", "target", "MP105", "nope")]
    [InlineData("There is no modification MP999", "ballot", "tally", "MP999")]
    public async Task Run_WhenWhatIsNamedDoesNotExist_ExitsThreeAndWritesNothing(string message, params string[] args)
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        var before = (await cli.OkAsync("audit")).Output;

        var result = await cli.RunAsync(args);

        result.ExitCode.ShouldBe(CliApp.NotFound, result.Error);
        result.Error.ShouldContain(message);
        (await cli.OkAsync("audit")).Output.ShouldBe(before);
    }

    [Fact]
    public async Task List_WhenAFilterMatchesNothing_SaysWhichValuesExist()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.OkAsync("list", "--party", "Nobody Ltd", "--release", "2099-11");

        result.Output.ShouldContain("No modification matches these filters.");
        result.Output.ShouldContain("--party values in the register: DCC, EDF Energy, Octopus Energy");
        result.Output.ShouldContain("--release values in the register: 2020-07-23, 2020-11, 2021-11, 2022-11.");
    }

    [Fact]
    public async Task List_WhenTextIsInTheSolution_FindsTheModification()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.OkAsync("list", "--text", "exception list of the E5", "--json");

        using var rows = JsonDocument.Parse(result.Output);
        rows.RootElement.EnumerateArray().Select(r => r.GetProperty("reference").GetString()).ShouldBe(["MP105"]);
    }

    [Fact]
    public async Task Show_WhenCategoriesAreListed_WritesThemAsWords()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.OkAsync("show", "MP105");

        result.Output.ShouldContain("Large Supplier, Small Supplier, DCC");
        result.Output.ShouldNotContain("LargeSupplier");
    }

    [Fact]
    public async Task BoardList_WhenAMemberIsAdded_WritesTheVotingGroupAsWords()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        await cli.OkAsync("board", "add", "Paul Saker", "--organisation", "EDF Energy", "--group", "large-suppliers");

        var result = await cli.OkAsync("board", "list");

        result.Output.ShouldContain("Large Suppliers");
        result.Output.ShouldNotContain("LargeSuppliers");
    }

    [Fact]
    public async Task ConsultationOpen_WhenOneQuestionIsAsked_SaysOneQuestion()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        await cli.OkAsync("route", "MP105", "--to", "report", "--on", "2020-11-18");
        await cli.OkAsync("report", "approve", "MP105", "--on", "2020-11-24");

        var result = await cli.OkAsync("consultation", "open", "MP105", "--kind", "mrc", "--closes", "2020-12-15", "--on", "2020-11-25",
            "--question", "Should MP105 be approved?");

        result.Output.ShouldContain("1 question)");
        result.Output.ShouldNotContain("1 questions");
    }

    [Theory]
    [InlineData("lst", "list", 1)]
    [InlineData("assesment", "assessment", 1)]
    [InlineData("lsit", "list", 1)] // two neighbours swapped count once
    [InlineData("list", "list", 0)]
    [InlineData("tour", "list", 4)]
    public void Distance_WhenWordsDiffer_CountsTheEdits(string typed, string name, int edits) =>
        Suggestions.Distance(typed, name).ShouldBe(edits);

    [Fact]
    public void Nearest_WhenSeveralAreClose_ListsTheNearestFirst() =>
        Suggestions.Nearest("lis", ["lists", "fist", "audit", "list"]).ShouldBe(["list", "lists"]);

    [Fact]
    public void Nearest_WhenTheTypedWordStartsAName_OffersIt() =>
        Suggestions.Nearest("cons", ["consultation", "convert", "calendar"]).ShouldBe(["consultation"]);
}
