using SecChange.Testing;

namespace SecChange.Cli.Tests;

/// <summary>A command's help lists only the options it uses: reads take no --by/--as/--org, writes do.</summary>
public class HelpOptionsTests
{
    private static readonly string[] ActorOptions = ["--by", "--as", "--org"];

    [Theory]
    [InlineData("list")]
    [InlineData("show")]
    [InlineData("timeline")]
    [InlineData("audit")]
    [InlineData("assessment", "list")]
    [InlineData("release", "list")]
    [InlineData("meeting", "list")]
    [InlineData("calendar", "between")]
    public async Task Help_WhenTheCommandOnlyReads_ListsTheDatabaseAndJsonButNoActor(params string[] command)
    {
        var help = await HelpOf(command);

        help.ShouldContain("--db");
        help.ShouldContain("--postgres");
        help.ShouldContain("--json");
        foreach (var option in ActorOptions) help.ShouldNotContain(option + " ");
    }

    [Theory]
    [InlineData("raise")]
    [InlineData("convert")]
    [InlineData("amend")]
    [InlineData("assessment", "request")]
    [InlineData("release", "add")]
    [InlineData("party", "add")]
    [InlineData("consultation", "summary")]
    public async Task Help_WhenTheCommandActsForSomeone_ListsByAsAndOrg(params string[] command)
    {
        var help = await HelpOf(command);

        foreach (var option in ActorOptions) help.ShouldContain(option + " ");
        help.ShouldContain("--db");
    }

    [Theory]
    [InlineData("init")]
    [InlineData("tour")]
    [InlineData("export")]
    [InlineData("calendar", "override")]
    public async Task Help_WhenTheCommandWritesNoJson_DoesNotListJson(params string[] command)
    {
        var help = await HelpOf(command);

        help.ShouldNotContain("--json");
        help.ShouldContain("--db");
    }

    [Fact]
    public async Task Help_WhenTheCommandUsesNoRegister_ListsNoRegisterOptions()
    {
        var help = await HelpOf("dcc", "cpl");

        help.ShouldNotContain("--db");
        help.ShouldNotContain("--postgres");
        help.ShouldNotContain("--by ");
    }

    [Fact]
    public async Task Run_WhenAReadIsGivenAnActor_RefusesTheOptionItDoesNotUse()
    {
        var result = await new CliHarness().RunAsync("list", "--by", "Someone");

        result.ExitCode.ShouldBe(CliApp.BadInput);
        result.Error.ShouldContain("'--by' is not an option of 'secchange list'");
    }

    [Fact]
    public async Task Run_WhenGlobalOptionsComeBeforeTheCommand_AppliesThem()
    {
        var cli = new CliHarness();
        var other = Scratch.File("secchange-cli", ".db");

        await cli.OkAsync("--db", other, "--by", "Ann Example", "--as", "panel", "raise", "--title", "Before the command", "--proposer", "Ann", "--on", "2021-01-04");
        var audit = await cli.OkAsync("--db", other, "--json", "audit");

        audit.Output.ShouldContain("Ann Example");
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public void Families_WhenBuilt_HoldExactlyTheTopLevelCommandsTheyName()
    {
        var runtime = new CliRuntime(TextWriter.Null, TextWriter.Null, FixedClock.On(2026, 11, 21), null);

        foreach (var (names, build) in CliApp.Families)
        {
            build(runtime).Select(c => c.Name).ShouldBe(names, ignoreOrder: true);
        }
    }

    [Theory]
    [InlineData("raise --title T", "raise")]
    [InlineData("assessment list", "assessment")]
    [InlineData("--db x.db --as panel convert DP1", "convert")]
    public void BuildRoot_WhenTheLineNamesACommand_BuildsOnlyThatCommand(string line, string command)
    {
        var runtime = new CliRuntime(TextWriter.Null, TextWriter.Null, FixedClock.On(2026, 11, 21), null);

        var names = CliApp.BuildRoot(runtime, line.Split(' ')).Subcommands.Select(c => c.Name).ToList();

        names.ShouldBe([command]);
    }

    [Theory]
    [InlineData("ReportPhase", "report-phase")]
    [InlineData("ChangeSubCommittee", "change-sub-committee")]
    [InlineData("SMETS2Device", "smets2-device")]
    [InlineData("IA", "ia")]
    public void Kebab_WhenPascalCase_PutsAHyphenWhereALowerCaseLetterOrDigitMeetsACapital(string pascal, string kebab) =>
        OptionParsers.Kebab(pascal).ShouldBe(kebab);

    [Fact]
    public void BuildRoot_WhenTheFirstWordIsNoCommand_BuildsEveryFamilySoTyposFindTheirNearest()
    {
        var runtime = new CliRuntime(TextWriter.Null, TextWriter.Null, FixedClock.On(2026, 11, 21), null);

        var names = CliApp.BuildRoot(runtime, ["asessment", "list"]).Subcommands.Select(c => c.Name).ToList();

        names.Count.ShouldBe(CliApp.Families.Sum(f => f.Names.Length));
    }

    private static async Task<string> HelpOf(params string[] command)
    {
        var result = await new CliHarness().RunAsync([.. command, "--help"]);
        result.ExitCode.ShouldBe(0);
        return result.Output;
    }
}
