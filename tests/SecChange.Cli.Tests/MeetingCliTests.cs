using System.Text.Json;

namespace SecChange.Cli.Tests;

/// <summary>
/// CSC meeting 11 (28 January 2020) recreated entirely through the CLI, on a register that holds only
/// its Draft Proposals, and read back whole.
/// </summary>
public class MeetingCliTests
{
    private const string Fdr = "further development is required to define and understand the issue.";
    private const string ReadyToConvert = "this Draft Proposal is ready to be converted to a Modification Proposal; and";
    private const string Cd1001Update = "An update was provided under the DP096 update of Agenda Item 3. A meeting has been arranged between SECAS and the DCC in the w/c 27/01/2020 to fully define the issue before proceeding.";

    private static readonly (int Number, string Title)[] DraftProposals =
    [
        (94, "Supporting prepayment customers in no SM WAN scenarios"), (95, "Alignment of Credit Cover"), (96, "DNO Power Outage Alerts"),
        (98, "Incorporation of multiple Issue Resolution Proposals into the SEC - Batch 3"), (100, "Service Response Traffic Management"),
        (101, "Large Gas Meter Displays"), (104, "Security Improvements"), (106, "CHISM update for Unknown WAN Variant"),
        (107, "SMETS1 Validation of SRV 6.15.1"), (108, "SSI Job Type Role for SRO/ARO"), (109, "ADT and Exit Quarantine file delivery mechanism"),
        (110, "Aligning SEC Appendix D with DCC Processes"), (111, "SMDA Budget Amendments"),
    ];

    // Name, --category or --organisation, role, teleconference: as the minutes list them.
    private static readonly (string Name, string? Category, string? Organisation, string? Role, bool Teleconference)[] Attendees =
    [
        ("David Kemp", "Change Sub-Committee Chair", null, "Chair", false),
        ("Paul Saker", "Large Suppliers", null, null, true),
        ("Andrew Margan", "Small Suppliers", null, null, true),
        ("Gemma Slaney", "Electricity Network Parties", null, null, true),
        ("Remi Oluwabamise", null, "DCC", null, true),
        ("Mari Toda", null, "DCC", null, false),
        ("Louise Evans", null, "SECAS", "Meeting Secretary", false),
        ("Bradley Baker", null, "SECAS", null, false),
        ("Alison Beard", null, "SECAS", null, false),
        ("Joe Hehir", null, "SECAS", null, false),
        ("Harry Jones", null, "SECAS", null, false),
    ];

    private static readonly (string Name, string Representing)[] Apologies =
        [("Jonathan Lishawa", "Other SEC Parties"), ("Elias Hanna", "Other SEC Parties"), ("Ed Rees", "Consumers")];

    // Reference, kind, text, CSC outcome and route (when the outcome takes the process step).
    private static readonly (string Ref, string Kind, string Text, string? Csc, string? Route)[] Outcomes =
    [
        ("DP094", "agreed", Fdr.TrimEnd('.'), "further-development", null),
        ("DP095", "agreed", Fdr, "further-development", null),
        ("DP096", "agreed", Fdr, "further-development", null),
        ("DP098", "agreed", ReadyToConvert, null, null),
        ("DP098", "recommended", "to the Panel that the Modification Proposal should proceed to the Report Phase, subject to agreement by the TABASC.", "ready-to-convert", "report-phase"),
        ("DP100", "agreed", Fdr, "further-development", null),
        ("DP101", "agreed", ReadyToConvert, null, null),
        ("DP101", "recommended", "to the Panel that the Modification Proposal should proceed to the Refinement Process", "ready-to-convert", "refinement-process"),
        ("DP104", "noted", "this Draft Proposal will now be presented at the February 2020 Panel meeting.", "noted", null),
        ("DP106", "agreed", ReadyToConvert, null, null),
        ("DP106", "recommended", "to the Panel that the Modification Proposal should proceed to the Refinement Process", "ready-to-convert", "refinement-process"),
        ("DP107", "agreed", Fdr, "further-development", null),
        ("DP108", "agreed", Fdr, "further-development", null),
        ("DP109", "agreed", Fdr, "further-development", null),
        ("DP110", "agreed", ReadyToConvert, null, null),
        ("DP110", "recommended", "to the Panel that the Modification Proposal should proceed to the Report Phase", "ready-to-convert", "report-phase"),
        ("DP111", "agreed", Fdr, "further-development", null),
    ];

    private static async Task<CliHarness> WithDraftProposalsAsync()
    {
        var cli = new CliHarness();
        foreach (var (number, title) in DraftProposals)
        {
            await cli.OkAsync("raise", "--number", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "--title", title,
                "--proposer", "Proposer", "--on", "2020-01-10");
        }

        return cli;
    }

    private static async Task RecreateCsc11Async(CliHarness cli)
    {
        await cli.OkAsync("meeting", "create", "--body", "csc", "--number", "11", "--on", "2020-01-28", "--from", "10:00", "--to", "11:00",
            "--place", "Gemserv, 8 Fenchurch Place, London, EC3M 4AJ", "--classification", "white");
        foreach (var a in Attendees)
        {
            var args = new List<string> { "meeting", "attend", "CSC 11", "--name", a.Name };
            if (a.Category is not null) args.AddRange(["--category", a.Category]);
            if (a.Organisation is not null) args.AddRange(["--organisation", a.Organisation]);
            if (a.Role is not null) args.AddRange(["--role", a.Role]);
            if (a.Teleconference) args.Add("--teleconference");
            await cli.OkAsync([.. args]);
        }

        foreach (var (name, representing) in Apologies) await cli.OkAsync("meeting", "apology", "CSC 11", "--name", name, "--representing", representing);

        await cli.OkAsync("action", "raise", "--reference", "CSC 10/01", "--owner", "DCC", "--ref", "DP096", "--text",
            "DCC to provide the CSC with draft legal text for their proposed solution, and a breakdown of the previous cost analysis for amending the DCC Systems with detail behind the cost for DP096.");
        await cli.OkAsync("action", "update", "CSC 10/01", "--meeting", "CSC 11", "--text", Cd1001Update);

        await cli.OkAsync("meeting", "item", "CSC 11", "--number", "1", "--title", "Welcome and introductions");
        await cli.OkAsync("meeting", "item", "CSC 11", "--number", "2", "--title", "Actions Outstanding");
        await cli.OkAsync(["meeting", "item", "CSC 11", "--number", "3", "--title", "Draft Proposal Report", .. DraftProposals.SelectMany(d => new[] { "--ref", $"DP{d.Number:000}" })]);
        foreach (var o in Outcomes)
        {
            var args = new List<string> { "meeting", "outcome", "CSC 11", "--item", "3", "--ref", o.Ref, "--kind", o.Kind, "--text", o.Text };
            if (o.Csc is not null) args.AddRange(["--csc-outcome", o.Csc]);
            if (o.Route is not null) args.AddRange(["--route", o.Route]);
            await cli.OkAsync([.. args]);
        }

        await cli.OkAsync("action", "raise", "--meeting", "CSC 11", "--owner", "DCC", "--ref", "DP098", "--text",
            "The DCC to provide SECAS with information on any IRPs currently in scope of DP098 that may impact on DCC systems.");
        await cli.OkAsync("action", "raise", "--meeting", "CSC 11", "--owner", "SECAS", "--ref", "DP110", "--text",
            "SECAS to clarify in the Modification Report the justification for amending the SEC to align with DCC processes in the Modification Proposal for DP110.");
        await cli.OkAsync("meeting", "item", "CSC 11", "--number", "4", "--title", "Any Other Business (AOB)");
        await cli.OkAsync("meeting", "aob", "CSC 11", "--text", "There was no further business and the Chair closed the meeting.");
        await cli.OkAsync("meeting", "next", "CSC 11", "--on", "2020-02-25");
    }

    [Fact]
    public async Task MeetingShow_WhenCsc11IsRecreatedThroughTheCli_ReadsBackTheWholeMinutes()
    {
        var cli = await WithDraftProposalsAsync();
        await RecreateCsc11Async(cli);

        using var json = JsonDocument.Parse((await cli.OkAsync("meeting", "show", "CSC 11", "--json")).Output);
        var m = json.RootElement;

        m.GetProperty("id").GetString().ShouldBe("CSC 11");
        m.GetProperty("on").GetString().ShouldBe("2020-01-28");
        m.GetProperty("from").GetString().ShouldBe("10:00");
        m.GetProperty("to").GetString().ShouldBe("11:00");
        m.GetProperty("place").GetString().ShouldBe("Gemserv, 8 Fenchurch Place, London, EC3M 4AJ");
        m.GetProperty("classification").GetString().ShouldBe("White");
        m.GetProperty("paperDeadline").GetString().ShouldBe("2020-01-21");
        m.GetProperty("nextMeetingOn").GetString().ShouldBe("2020-02-25");
        m.GetProperty("otherBusiness").EnumerateArray().Single().GetString().ShouldBe("There was no further business and the Chair closed the meeting.");

        var attendees = m.GetProperty("attendees").EnumerateArray().Select(a => (
            a.GetProperty("name").GetString()!, Text(a, "category"), Text(a, "organisation"), Text(a, "role"), a.GetProperty("teleconference").GetBoolean())).ToArray();
        attendees.ShouldBe(Attendees);
        m.GetProperty("apologies").EnumerateArray().Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("representing").GetString()!))
            .ToArray().ShouldBe(Apologies);

        var outstanding = m.GetProperty("actionsOutstanding").EnumerateArray().Single();
        outstanding.GetProperty("reference").GetString().ShouldBe("CSC 10/01");
        outstanding.GetProperty("status").GetString().ShouldBe("Open");
        outstanding.GetProperty("updates").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe(Cd1001Update);
        m.GetProperty("newActions").EnumerateArray().Select(a => (a.GetProperty("reference").GetString(), a.GetProperty("owner").GetString()))
            .ToArray().ShouldBe([("CSC 11/01", "DCC"), ("CSC 11/02", "SECAS")]);

        var items = m.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("title").GetString()).ShouldBe(["Welcome and introductions", "Actions Outstanding", "Draft Proposal Report", "Any Other Business (AOB)"]);
        var outcomes = items[2].GetProperty("outcomes").EnumerateArray()
            .Select(o => (o.GetProperty("modification").GetString()!, o.GetProperty("kind").GetString()!.ToLowerInvariant(), o.GetProperty("text").GetString()!))
            .ToArray();
        outcomes.ShouldBe(Outcomes.Select(o => (o.Ref, o.Kind, o.Text)).ToArray());
    }

    [Fact]
    public async Task MeetingShow_WhenCsc11IsRecreatedThroughTheCli_IsTheSampleRegistersMeeting()
    {
        var cli = await WithDraftProposalsAsync();
        await RecreateCsc11Async(cli);
        var sample = new CliHarness();
        await sample.OkAsync("init", "--sample");

        var recreated = (await cli.OkAsync("meeting", "show", "CSC 11", "--json")).Output;

        recreated.ShouldBe((await sample.OkAsync("meeting", "show", "CSC 11", "--json")).Output);
        (await cli.OkAsync("meeting", "show", "CSC 11")).Output.ShouldBe((await sample.OkAsync("meeting", "show", "CSC 11")).Output);
    }

    [Fact]
    public async Task MeetingShow_AsATable_ReadsLikeTheMinutes()
    {
        var cli = await WithDraftProposalsAsync();
        await RecreateCsc11Async(cli);

        var text = (await cli.OkAsync("meeting", "show", "CSC 11")).Output;

        foreach (var expected in new[]
        {
            "28 Jan 2020, 10:00 – 11:00", "Gemserv, 8 Fenchurch Place, London, EC3M 4AJ", "Classification: WHITE", "Papers due by: 21 Jan 2020",
            "Paul Saker", "teleconference", "Meeting Secretary", "Jonathan Lishawa", "CSC 10/01", "CSC 11 (28 Jan 2020): An update was provided",
            "DP104: NOTED this Draft Proposal will now be presented at the February 2020 Panel meeting.", "CSC 11/02",
            "There was no further business", "Next meeting: 25 Feb 2020",
        })
        {
            text.ShouldContain(expected);
        }
    }

    [Fact]
    public async Task MeetingOutcome_WithCscOutcome_MovesTheModificationAsTheProcessSays()
    {
        var cli = await WithDraftProposalsAsync();
        await RecreateCsc11Async(cli);

        using var dp098 = JsonDocument.Parse((await cli.OkAsync("show", "DP098", "--json")).Output);
        using var dp094 = JsonDocument.Parse((await cli.OkAsync("show", "DP094", "--json")).Output);

        dp098.RootElement.GetProperty("state").GetString().ShouldBe("AwaitingConversion");
        dp094.RootElement.GetProperty("state").GetString().ShouldBe("Development");
        (await cli.OkAsync("timeline", "DP098")).Output.ShouldContain("CSC agreed ready to convert");
    }

    [Fact]
    public async Task ActionList_WithOverdue_ListsOnlyOpenActionsPastTheirDueDate()
    {
        var cli = await WithDraftProposalsAsync();
        await cli.OkAsync("meeting", "create", "--body", "csc", "--number", "11", "--on", "2020-01-28");
        await cli.OkAsync("action", "raise", "--meeting", "CSC 11", "--owner", "DCC", "--text", "Due soon", "--due", "2020-02-25");
        await cli.OkAsync("action", "raise", "--meeting", "CSC 11", "--owner", "SECAS", "--text", "Due later", "--due", "2020-03-24");

        var overdue = (await cli.OkAsync("action", "list", "--overdue", "--as-of", "2020-03-01")).Output;

        overdue.ShouldContain("CSC 11/01");
        overdue.ShouldNotContain("CSC 11/02");
        overdue.ShouldContain("1 action");
    }

    [Fact]
    public async Task MeetingCreate_WithoutNumber_TakesTheBodysNextNumber()
    {
        var cli = new CliHarness();
        await cli.OkAsync("meeting", "create", "--body", "csc", "--number", "11", "--on", "2020-01-28");

        var next = await cli.OkAsync("meeting", "create", "--body", "csc", "--on", "2020-02-25");
        var tabasc = await cli.OkAsync("meeting", "create", "--body", "tabasc", "--on", "2020-02-06");

        next.Output.ShouldContain("CSC 12 created");
        tabasc.Output.ShouldContain("TABASC 1 created");
    }

    [Theory]
    [InlineData(3, "There is no action CSC 99/01", "action", "update", "CSC 99/01", "--meeting", "CSC 11", "--text", "x")]
    [InlineData(3, "There is no action CSC 99/01", "action", "close", "CSC 99/01", "--meeting", "CSC 11")]
    [InlineData(2, "is not an action reference", "action", "update", "CSC 10", "--meeting", "CSC 11", "--text", "x")]
    [InlineData(2, "CSC 11 already exists", "meeting", "create", "--body", "csc", "--number", "11", "--on", "2020-01-28")]
    [InlineData(2, "'10h' is not a time", "meeting", "create", "--body", "csc", "--on", "2020-01-28", "--from", "10h")]
    [InlineData(2, "must recommend a route", "meeting", "outcome", "CSC 11", "--item", "3", "--ref", "DP098", "--kind", "agreed", "--text", "ready", "--csc-outcome", "ready-to-convert")]
    [InlineData(2, "concerns no modification", "meeting", "outcome", "CSC 11", "--item", "1", "--kind", "agreed", "--text", "x", "--csc-outcome", "noted")]
    [InlineData(3, "There is no meeting CSC 12", "meeting", "show", "CSC 12")]
    [InlineData(3, "There is no modification DP999", "meeting", "item", "CSC 11", "--number", "5", "--title", "x", "--ref", "DP999")]
    [InlineData(2, "already recorded as attending", "meeting", "attend", "CSC 11", "--name", "David Kemp", "--category", "Large Suppliers")]
    [InlineData(2, "followed up at a later CSC meeting", "action", "update", "CSC 11/01", "--meeting", "CSC 11", "--text", "x")]
    [InlineData(2, "Action CSC 10/01 already exists", "action", "raise", "--reference", "CSC 10/01", "--owner", "DCC", "--text", "again")]
    [InlineData(2, "--as-of goes with --overdue", "action", "list", "--as-of", "2020-03-01")]
    [InlineData(3, "There is no meeting CSC 12", "action", "raise", "--meeting", "CSC 12", "--owner", "DCC", "--text", "x")]
    [InlineData(2, "'wc' is not one of", "meeting", "outcome", "CSC 11", "--item", "3", "--kind", "wc", "--text", "x")]
    public async Task Command_WhenInputIsBad_ExitsNonZeroWithOneLineAndWritesNothing(int exitCode, string message, params string[] args)
    {
        var cli = await WithDraftProposalsAsync();
        await cli.OkAsync("meeting", "create", "--body", "csc", "--number", "11", "--on", "2020-01-28");
        await cli.OkAsync("meeting", "attend", "CSC 11", "--name", "David Kemp", "--category", "Change Sub-Committee Chair", "--role", "Chair");
        await cli.OkAsync("meeting", "item", "CSC 11", "--number", "1", "--title", "Welcome and introductions");
        await cli.OkAsync("meeting", "item", "CSC 11", "--number", "3", "--title", "Draft Proposal Report", "--ref", "DP098");
        await cli.OkAsync("action", "raise", "--reference", "CSC 10/01", "--owner", "DCC", "--text", "DCC to provide");
        await cli.OkAsync("action", "raise", "--meeting", "CSC 11", "--owner", "DCC", "--text", "The DCC to provide SECAS");
        var before = StripExportTime((await cli.OkAsync("export", "-")).Output);

        var result = await cli.RunAsync(args);

        result.ExitCode.ShouldBe(exitCode, result.Error);
        result.Error.ShouldContain(message);
        result.Error.TrimEnd().ShouldNotContain("\n");
        StripExportTime((await cli.OkAsync("export", "-")).Output).ShouldBe(before);
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var p) ? p.GetString() : null;

    private static string StripExportTime(string json) =>
        string.Join('\n', json.Split('\n').Where(l => !l.Contains("\"exportedAt\"", StringComparison.Ordinal)));
}

public class ActionCliTests
{
    [Fact]
    public async Task ActionClose_AtALaterMeeting_TakesItOffTheNextMeetingsActionsOutstandingAndIsAudited()
    {
        var cli = new CliHarness();
        foreach (var (number, on) in new[] { ("11", "2020-01-28"), ("12", "2020-02-25"), ("13", "2020-03-24") })
        {
            await cli.OkAsync("meeting", "create", "--body", "csc", "--number", number, "--on", on);
        }

        await cli.OkAsync("action", "raise", "--meeting", "CSC 11", "--owner", "DCC", "--text", "The DCC to provide SECAS with information");
        await cli.OkAsync("action", "close", "CSC 11/01", "--meeting", "CSC 12", "--text", "Information provided");

        (await cli.OkAsync("meeting", "show", "CSC 12")).Output.ShouldContain("CSC 11/01");
        (await cli.OkAsync("meeting", "show", "CSC 13")).Output.ShouldNotContain("CSC 11/01");
        (await cli.OkAsync("action", "list", "--open")).Output.ShouldContain("0 actions");
        (await cli.OkAsync("audit", "CSC 11/01")).Output.ShouldContain("action close");
        var again = await cli.RunAsync("action", "close", "CSC 11/01", "--meeting", "CSC 13");
        again.ExitCode.ShouldBe(2);
        again.Error.ShouldContain("was closed on 2020-02-25");
    }
}
