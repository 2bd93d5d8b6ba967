using System.Text.Json;
using SecChange.Testing;

namespace SecChange.Cli.Tests;

/// <summary>
/// <c>secchange dcc compare</c> and the other dcc commands that take their rule set from the register: the sample
/// register, and the same register once the Change Board has approved MP105 for the November 2021 SEC Release
/// (16 December 2020, as the README tells it).
/// </summary>
public class DccCompareCliTests
{
    private static readonly Lazy<Task<CliHarness>> Sample = new(async () =>
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        return cli;
    });

    private static readonly Lazy<Task<CliHarness>> Mp105Approved = new(ApproveMp105Async);

    private static async Task<CliHarness> ApproveMp105Async()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        await cli.OkAsync("route", "MP105", "--to", "report", "--on", "2020-11-18");
        await cli.OkAsync("report", "approve", "MP105", "--on", "2020-11-24");
        await cli.OkAsync("consultation", "open", "MP105", "--kind", "mrc", "--closes", "2020-12-15", "--on", "2020-11-25");
        await cli.OkAsync("consultation", "close", "MP105", "--kind", "mrc", "--on", "2020-12-15");
        foreach (var (name, org, group) in new[]
        {
            ("Paul Saker", "EDF Energy", "large-suppliers"), ("Julie Geary", "E.ON", "large-suppliers"),
            ("Gemma Slaney", "WPD", "electricity-network-parties"), ("Daniel Davies", "ESG Global", "other-sec-parties"),
            ("Peter Hoare", "Kaifa Metering", "other-sec-parties"),
        })
        {
            await cli.OkAsync("board", "add", name, "--organisation", org, "--group", group);
            await cli.OkAsync("ballot", "cast", "MP105", "--member", name, "--position", "approve", "--on", "2020-12-16");
        }

        await cli.OkAsync("vote", "MP105", "--release", "2021-11", "--on", "2020-12-16");
        return cli;
    }

    private static JsonElement Change(JsonElement report, string variant, string type) =>
        report.GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("variant").GetString() == variant && c.GetProperty("deviceType").GetString() == type);

    [Fact]
    public async Task Compare_WhenMp105ApprovedForTheRelease_PrintsTheChangePerServiceRequestAndDeviceType()
    {
        var cli = await Mp105Approved.Value;

        var result = await cli.OkAsync("dcc", "compare", "--release", "2021-11");

        result.Output.ShouldContain("Release 2021-11 (November 2021 SEC Release, 4 November 2021): DCC System behaviour of MP105 (approved).");
        result.Output.ShouldContain("Not included (targeted, not yet approved): SECMP0007 (targeted)");
        result.Output.ShouldContain("Before release 2021-11: baseline. With release 2021-11: baseline + MP105.");
        result.Output.ShouldContain("Fleet: the sample fleet: 306 Devices");
        result.Output.ShouldContain("Read Firmware Version");
        result.Output.ShouldContain("E5 ");
        result.Output.ShouldContain(" → ");
        result.Output.ShouldContain("Ended Suspended");
    }

    [Fact]
    public async Task Compare_WhenJson_GivesReleaseScopeAndEachChangedServiceRequest()
    {
        var cli = await Mp105Approved.Value;

        var report = JsonDocument.Parse((await cli.OkAsync("dcc", "compare", "--release", "2021-11", "--json")).Output).RootElement;

        report.GetProperty("release").GetProperty("id").GetString().ShouldBe("2021-11");
        report.GetProperty("included").EnumerateArray().Select(c => c.GetProperty("reference").GetString()).ShouldBe(["MP105"]);
        report.GetProperty("after").GetProperty("modifications").EnumerateArray().Select(m => m.GetString()).ShouldBe(["MP105"]);
        var esme = Change(report, "11.2", "ESME");
        esme.GetProperty("before").GetProperty("rejected").GetProperty("E5").GetInt32().ShouldBeGreaterThan(0);
        esme.GetProperty("before").GetProperty("accepted").GetInt32().ShouldBe(0);
        esme.GetProperty("after").GetProperty("accepted").GetInt32().ShouldBe(esme.GetProperty("before").GetProperty("sent").GetInt32());
        esme.GetProperty("after").GetProperty("alertsN29").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Compare_WhenLaterRelease_RunsEarlierApprovedBehaviourOnBothSides()
    {
        var cli = await Mp105Approved.Value;

        var report = JsonDocument.Parse((await cli.OkAsync("dcc", "compare", "--release", "2022-11", "--modification", "MP078", "--json")).Output).RootElement;

        report.GetProperty("before").GetProperty("modifications").EnumerateArray().Select(m => m.GetString()).ShouldBe(["MP105"]);
        report.GetProperty("after").GetProperty("modifications").EnumerateArray().Select(m => m.GetString()).ShouldBe(["MP105", "MP078"], ignoreOrder: true);
        report.GetProperty("changes").EnumerateArray().ShouldHaveSingleItem().GetProperty("variant").GetString().ShouldBe("6.2.10");
    }

    [Fact]
    public async Task Compare_WhenReleaseOnlyTargetsItsModifications_IncludesNoneAndSaysWhich()
    {
        var cli = await Sample.Value;

        var result = await cli.OkAsync("dcc", "compare", "--release", "2021-11");

        result.Output.ShouldContain("no modification with DCC System behaviour is approved for or implemented in it");
        result.Output.ShouldContain("Not included (targeted, not yet approved): MP105 (targeted), SECMP0007 (targeted)");
        result.Output.ShouldContain("No Service Request changed for any Device type.");
    }

    [Fact]
    public async Task Compare_WhenOneTargetedModification_RunsItAlone()
    {
        var cli = await Sample.Value;

        // Seed 2: an HCALCS loses both its activation responses, so its Supplier reads its firmware (SR 11.2).
        var report = JsonDocument.Parse((await cli.OkAsync("dcc", "compare", "--release", "2021-11", "--modification", "SECMP0007", "--seed", "2", "--json")).Output).RootElement;

        var hcalcs = Change(report, "11.2", "HCALCS");
        hcalcs.GetProperty("before").GetProperty("rejected").TryGetProperty("E11", out _).ShouldBeTrue();
        hcalcs.GetProperty("after").GetProperty("rejected").TryGetProperty("E11", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Compare_WhenAsAtBeforeTheVote_IncludesNothing()
    {
        var cli = await Mp105Approved.Value;

        var result = await cli.OkAsync("dcc", "compare", "--release", "2021-11", "--as-at", "2020-12-15");

        result.Output.ShouldContain("Not included (targeted, not yet approved): MP105 (targeted)");
    }

    [Theory]
    [InlineData(3, "No release 2099 is defined; known releases: 2020-07-23, 2020-11, 2021-11, 2022-11.", "--release", "2099")]
    [InlineData(2, "MP080 carries no DCC System behaviour; modifications that do: MP105, SECMP0007, MP078.", "--release", "2020-11", "--modification", "MP080")]
    [InlineData(2, "MP105 is not in release 2020-11", "--release", "2020-11", "--modification", "MP105")]
    [InlineData(3, "There is no modification MP999 in the register.", "--modification", "MP999")]
    [InlineData(2, "Name a release (--release), a modification (--modification), or both.")]
    [InlineData(2, "Give --fleet FILE or --devices N, not both.", "--release", "2021-11", "--devices", "100", "--fleet", "x.json")]
    [InlineData(2, "loss rate must be between 0 and 1", "--release", "2021-11", "--loss-rate", "2")]
    public async Task Compare_WhenAskedWrongly_ExitsWithOneLine(int exit, string message, params string[] args)
    {
        var cli = await Sample.Value;

        var result = await cli.RunAsync(["dcc", "compare", .. args]);

        result.ExitCode.ShouldBe(exit);
        result.Error.ShouldContain(message);
        result.Error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Behaviours_WhenFileNamesModificationNotInRegister_Exits3NamingIt()
    {
        var cli = await Sample.Value;
        var file = Scratch.File("behaviours", ".json");
        await File.WriteAllTextAsync(file, """
            { "baseline": { "statusPolicy": {} },
              "modifications": [ { "reference": "MP105", "summary": "as shipped" }, { "reference": "MP999", "summary": "not in the register" } ] }
            """);

        var listed = await cli.RunAsync("dcc", "behaviours", "--behaviours", file);
        var compared = await cli.RunAsync("dcc", "compare", "--release", "2021-11", "--behaviours", file);

        listed.ExitCode.ShouldBe(3);
        listed.Error.ShouldContain("The DCC behaviours name MP999, which the register does not hold");
        compared.ExitCode.ShouldBe(3);
        compared.Error.ShouldContain("MP999");
    }

    [Fact]
    public async Task Behaviours_WhenShipped_ListsEachSeedModificationWithWhatItChanges()
    {
        var cli = await Sample.Value;

        var shown = JsonDocument.Parse((await cli.OkAsync("dcc", "behaviours", "--json")).Output).RootElement;

        shown.GetProperty("modifications").EnumerateArray().Select(m => m.GetProperty("reference").GetString())
            .ShouldBe(["MP105", "SECMP0007", "MP078"]);
        shown.GetProperty("baselineSuspendedExceptions").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task InventoryLoad_WhenReleaseGiven_RunsItsBehaviourSoSuspendedReadIsAccepted()
    {
        var cli = await Mp105Approved.Value;
        var state = Scratch.File("dcc-state", ".json");
        File.Delete(state);
        var read = Path.Combine(RepoPaths.Root, "samples", "dcc", "read-firmware-request.xml");

        await cli.OkAsync("dcc", "inventory", "load", Path.Combine(RepoPaths.Root, "samples", "dcc", "devices.json"), "--release", "2021-11", "--state", state);
        await cli.OkAsync("dcc", "cpl", "remove-firmware", "--firmware", "1.0", "--state", state);
        var sent = JsonDocument.Parse((await cli.OkAsync("dcc", "send", read, "--state", state, "--json")).Output).RootElement;

        sent.GetProperty("responseCode").GetString().ShouldBe("I99");
    }

    [Fact]
    public async Task Compare_WhenFleetFileGiven_RunsOverItAndRefusesABadOne()
    {
        var cli = await Mp105Approved.Value;
        var bad = Scratch.File("fleet", ".csv");
        await File.WriteAllTextAsync(bad, "id,type\nnot-an-id,ESME\n");

        var report = JsonDocument.Parse((await cli.OkAsync("dcc", "compare", "--release", "2021-11", "--json",
            "--fleet", Path.Combine(RepoPaths.Root, "samples", "dcc", "devices.json"))).Output).RootElement;
        var refused = await cli.RunAsync("dcc", "compare", "--release", "2021-11", "--fleet", bad);

        report.GetProperty("fleet").GetString()!.ShouldStartWith("devices.json: 3 Devices");
        report.GetProperty("before").GetProperty("deviceTypes").GetArrayLength().ShouldBe(3);
        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain("Device record 2");
    }

    [Fact]
    public async Task Compare_WhenNoRegisterAtThePath_Exits3AndCreatesNone()
    {
        var cli = new CliHarness();

        var result = await cli.RunAsync("dcc", "compare", "--release", "2021-11");

        result.ExitCode.ShouldBe(3);
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }
}
