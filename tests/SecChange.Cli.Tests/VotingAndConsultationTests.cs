using System.Text.Json;

namespace SecChange.Cli.Tests;

/// <summary>Consultation responses and Change Board ballots from the command line.</summary>
public class VotingAndConsultationTests
{
    private static readonly (string Name, string Org, string Group)[] Board =
    [
        ("Paul Saker", "EDF Energy", "large-suppliers"),
        ("Andrew Margan", "Utilita", "small-suppliers"),
        ("Gemma Slaney", "WPD", "electricity-network-parties"),
        ("Ed Rees", "Citizens Advice", "consumers"),
        ("Jonathan Lishawa", "ESG Global", "other-sec-parties"),
    ];

    /// <summary>MP105 in the Report Phase with its Modification Report Consultation run and the board set up.</summary>
    private static async Task<CliHarness> ReadyForTheChangeBoardAsync()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        foreach (var (name, org, group) in Board) await cli.OkAsync("board", "add", name, "--organisation", org, "--group", group);
        await cli.OkAsync("board", "add", "Alex Hurcombe", "--organisation", "EDF Energy", "--alternate-for", "Paul Saker");
        await cli.OkAsync("route", "MP105", "--to", "report", "--on", "2020-11-18");
        await cli.OkAsync("report", "approve", "MP105", "--on", "2020-11-24");
        await cli.OkAsync("consultation", "open", "MP105", "--kind", "mrc", "--closes", "2020-12-15", "--on", "2020-11-25",
            "--question", "Do you believe MP105 should be approved?", "--question", "Do you agree with the implementation approach?");
        await cli.OkAsync("consultation", "respond", "MP105", "--kind", "mrc", "--respondent", "E.ON", "--answer", "1=agree:Better Device management",
            "--answer", "2=agree", "--on", "2020-12-01");
        await cli.OkAsync("consultation", "respond", "MP105", "--kind", "mrc", "--respondent", "WPD", "--answer", "1=agree", "--on", "2020-12-02",
            "--confidential", "--costs", "None expected");
        await cli.OkAsync("consultation", "close", "MP105", "--kind", "mrc", "--on", "2020-12-15");
        return cli;
    }

    [Fact]
    public async Task Summary_WhenResponsesRecorded_CountsPerQuestionAndHidesConfidentialNames()
    {
        var cli = await ReadyForTheChangeBoardAsync();
        var late = await cli.OkAsync("consultation", "respond", "MP105", "--kind", "mrc", "--respondent", "Octopus Energy", "--answer", "1=disagree:Too costly",
            "--late", "--on", "2020-12-16");
        late.Output.ShouldContain("(late)");

        var summary = JsonDocument.Parse((await cli.OkAsync("consultation", "summary", "MP105", "--kind", "mrc", "--json")).Output).RootElement;

        summary.GetProperty("respondents").GetInt32().ShouldBe(3);
        summary.GetProperty("late").GetInt32().ShouldBe(1);
        var q1 = summary.GetProperty("questions")[0];
        q1.GetProperty("sentence").GetString().ShouldBe("Two of three respondents agreed; one disagreed.");
        summary.GetProperty("questions")[1].GetProperty("neutral").GetInt32().ShouldBe(2);
        summary.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("respondent").GetString())
            .ShouldBe(["E.ON", "Confidential respondent", "Octopus Energy"]);
        (await cli.OkAsync("consultation", "summary", "MP105", "--kind", "mrc", "--include-confidential", "--as", "secas")).Output.ShouldContain("WPD");
        var refused = await cli.RunAsync("consultation", "summary", "MP105", "--kind", "mrc", "--include-confidential", "--as", "party");
        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain("Only SECAS may see who gave confidential responses");
        refused.Output.ShouldNotContain("WPD");
    }

    [Fact]
    public async Task Respond_AfterTheWindowWithoutLate_IsRefusedAndNothingWritten()
    {
        var cli = await ReadyForTheChangeBoardAsync();

        var result = await cli.RunAsync("consultation", "respond", "MP105", "--kind", "mrc", "--respondent", "Octopus Energy", "--answer", "1=agree", "--on", "2020-12-16");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("record this response as late so that it is kept");
        JsonDocument.Parse((await cli.OkAsync("consultation", "summary", "MP105", "--kind", "mrc", "--json")).Output).RootElement
            .GetProperty("respondents").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Ballot_WhenQuorateAndCounted_DecidesMp105UnderSelfGovernance()
    {
        var cli = await ReadyForTheChangeBoardAsync();
        await cli.OkAsync("ballot", "cast", "MP105", "--member", "Alex Hurcombe", "--position", "approve", "--rationale", "Better facilitates (a)",
            "--objectives", "a", "--on", "2020-12-16");
        await cli.OkAsync("ballot", "cast", "MP105", "--member", "Andrew Margan", "--position", "approve", "--on", "2020-12-16");
        await cli.OkAsync("ballot", "cast", "MP105", "--member", "Gemma Slaney", "--position", "reject", "--on", "2020-12-16");
        await cli.OkAsync("ballot", "cast", "MP105", "--member", "Ed Rees", "--position", "approve", "--on", "2020-12-16");
        (await cli.RunAsync("vote", "MP105", "--on", "2020-12-16")).Error.ShouldContain("not quorate on MP105: 4 votes cast, 5 needed");
        await cli.OkAsync("ballot", "cast", "MP105", "--member", "Jonathan Lishawa", "--position", "abstain", "--on", "2020-12-16");

        var tally = await cli.OkAsync("ballot", "tally", "MP105");
        tally.Output.ShouldContain("score 75.0%");
        tally.Output.ShouldContain("APPROVE");
        (await cli.RunAsync("vote", "MP105", "--outcome", "reject", "--on", "2020-12-16")).Error.ShouldContain("must follow its ballot");
        var decided = await cli.OkAsync("vote", "MP105", "--release", "2021-11", "--on", "2020-12-16");

        decided.Output.ShouldContain("Change Board: approve");
        var shown = JsonDocument.Parse((await cli.OkAsync("show", "MP105", "--json")).Output).RootElement;
        shown.GetProperty("state").GetString().ShouldBe("Approved");
        shown.GetProperty("votes").GetArrayLength().ShouldBe(5);
        shown.GetProperty("votes")[0].GetProperty("seat").GetString().ShouldBe("Paul Saker");
        shown.GetProperty("referralWindowCloses").GetString().ShouldBe("2021-01-11"); // 15 WD after 16 Dec 2020, over Christmas, the Boxing Day substitute and New Year
    }

    [Theory]
    [InlineData(3, "Nobody Known is not a Change Board member", "ballot", "cast", "MP105", "--member", "Nobody Known", "--position", "approve", "--on", "2020-12-16")]
    [InlineData(2, "seat has already voted approve", "ballot", "cast", "MP105", "--member", "Paul Saker", "--position", "approve", "--on", "2020-12-16")]
    [InlineData(2, "is not one of", "ballot", "cast", "MP105", "--member", "Ed Rees", "--position", "maybe", "--on", "2020-12-16")]
    public async Task Cast_WhenNotAllowed_ExitsNonZeroAndCountsNothing(int exitCode, string message, params string[] args)
    {
        var cli = await ReadyForTheChangeBoardAsync();
        await cli.OkAsync("ballot", "cast", "MP105", "--member", "Alex Hurcombe", "--position", "approve", "--on", "2020-12-16");

        var result = await cli.RunAsync(args);

        result.ExitCode.ShouldBe(exitCode, result.Error);
        result.Error.ShouldContain(message);
        JsonDocument.Parse((await cli.OkAsync("show", "MP105", "--json")).Output).RootElement.GetProperty("votes").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Cast_AfterTheDecision_IsRefused()
    {
        var cli = await ReadyForTheChangeBoardAsync();
        foreach (var (name, _, _) in Board) await cli.OkAsync("ballot", "cast", "MP105", "--member", name, "--position", "approve", "--on", "2020-12-16");
        await cli.OkAsync("vote", "MP105", "--on", "2020-12-16");

        var late = await cli.RunAsync("ballot", "cast", "MP105", "--member", "Alex Hurcombe", "--position", "reject", "--on", "2020-12-17");

        late.ExitCode.ShouldBe(2);
        late.Error.ShouldContain("it is not the time to cast a Change Board vote");
    }

    [Fact]
    public async Task Alternative_WhenVotedSeparately_HasItsOwnBallot()
    {
        var cli = await ReadyForTheChangeBoardAsync();
        await cli.OkAsync("alternative", "MP105", "--title", "Use SR 11.2 only", "--on", "2020-12-15");
        await cli.OkAsync("report", "approve", "MP105A", "--on", "2020-12-15");
        await cli.OkAsync("consultation", "open", "MP105A", "--kind", "mrc", "--closes", "2020-12-16", "--on", "2020-12-15");
        await cli.OkAsync("consultation", "close", "MP105A", "--kind", "mrc", "--on", "2020-12-16");
        foreach (var (name, _, _) in Board)
        {
            await cli.OkAsync("ballot", "cast", "MP105", "--member", name, "--position", "approve", "--on", "2020-12-17");
            await cli.OkAsync("ballot", "cast", "MP105A", "--member", name, "--position", "reject", "--on", "2020-12-17");
        }

        await cli.OkAsync("vote", "MP105", "--on", "2020-12-17");
        await cli.OkAsync("vote", "MP105A", "--on", "2020-12-17");

        JsonDocument.Parse((await cli.OkAsync("show", "MP105", "--json")).Output).RootElement.GetProperty("state").GetString().ShouldBe("Approved");
        JsonDocument.Parse((await cli.OkAsync("show", "MP105A", "--json")).Output).RootElement.GetProperty("state").GetString().ShouldBe("Rejected");
    }

    [Fact]
    public async Task Board_WhenAnAlternateNamesNoMember_IsRefused()
    {
        var cli = new CliHarness();

        var result = await cli.RunAsync("board", "add", "Alex Hurcombe", "--organisation", "EDF Energy", "--alternate-for", "Nobody");

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("Nobody is not a Change Board member");
    }
}
