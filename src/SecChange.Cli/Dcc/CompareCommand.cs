using System.CommandLine;
using System.Globalization;
using SecChange.Application.Dcc;
using SecChange.Cli.Rendering;
using SecChange.Dcc.Comparison;
using SecChange.Dcc.Simulation;

namespace SecChange.Cli.Dcc;

/// <summary>
/// <c>dcc compare --release R [--modification M]</c>: the same fleet and campaign without and with the release
/// (or one modification), as the register holds it; prints what changed per Service Request and Device type.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var rules = new RegisterRuleOptions();
        var fleet = new Option<string?>("--fleet") { Description = "A Device file (JSON with its CPL, as samples/dcc/fleet.json) to run over (default: the shipped sample fleet)." };
        var devices = new Option<int?>("--devices") { Description = "Run over a generated fleet of this many Devices (ESME, GSME, GPF) instead of a Device file." };
        var campaign = CampaignOptions.Create();
        var oldFirmware = new Option<string>("--old-firmware") { Description = "The firmware version that leaves the CPL.", DefaultValueFactory = _ => "1.0" };
        var newFirmware = new Option<string>("--new-firmware") { Description = "The firmware version the campaign installs.", DefaultValueFactory = _ => "2.0" };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var command = new Command("compare",
            "Run the same fleet and firmware campaign (same losses) without and with a release's modifications, as the register holds them, " +
            "or with only one modification; print what changed per Service Request and Device type.")
        { fleet, devices, oldFirmware, newFirmware, json };
        campaign.AddTo(command);
        rules.AddTo(command, runtime);
        command.SetAction((parse, ct) => DccCli.RunAsync(parse, state, json, runtime.Clock, async cli =>
        {
            if (parse.GetValue(fleet) is not null && parse.GetValue(devices) is not null)
            {
                throw DccCliException.Bad("Give --fleet FILE or --devices N, not both.");
            }

            var settings = campaign.Read(parse, new CampaignSettings
            {
                OldFirmware = parse.GetValue(oldFirmware)!,
                NewFirmware = parse.GetValue(newFirmware)!,
            });
            var chosen = Fleet(parse.GetValue(fleet), parse.GetValue(devices), settings, parse.GetValue(campaign.Smets1Share), cli);
            var ruleSets = await rules.ComposeAsync(runtime, parse, ct);
            var service = await runtime.ServiceAsync<DccComparisons>(parse, ct);
            var report = service.Compare(ruleSets, chosen, settings);
            if (cli.Json)
            {
                cli.WriteJson(ComparisonJson.Of(ruleSets, report));
                return 0;
            }

            ComparisonText.Write(cli.Out, cli.Console, ruleSets, report);
            return 0;
        }));
        return command;
    }

    private static ComparisonFleet Fleet(string? file, int? devices, CampaignSettings settings, double smets1Share, DccCli cli)
    {
        if (devices is { } count)
        {
            try
            {
                return ComparisonFleet.Generated(new FleetSpec { Devices = count, Smets1Share = smets1Share, Campaign = settings });
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw DccCliException.Bad(OutOfRange.Reason(ex));
            }
        }

        if (file is null)
        {
            return ComparisonFleet.SampleFleet;
        }

        return ComparisonFleet.FromFile(cli.ReadDeviceFile(file), Path.GetFileName(file));
    }
}

/// <summary>A comparison as text: what was compared, then the changes per Service Request and Device type, then per Device type.</summary>
internal static class ComparisonText
{
    public static void Write(TextWriter output, TextConsole console, DccRuleSets ruleSets, FleetComparisonReport report)
    {
        foreach (var line in ComparisonWords.Heading(ruleSets, report))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        if (report.Changes.Count == 0)
        {
            output.WriteLine("No Service Request changed for any Device type.");
        }
        else
        {
            output.WriteLine("Changed per Service Request and Device type (without → with):");
            var table = new TextTable().AddColumn("SRV").AddColumn("Service Request").AddColumn("Device type")
                .AddColumn("Sent", rightAligned: true).AddColumn("Accepted", rightAligned: true)
                .AddColumn("Rejected").AddColumn("Responses", rightAligned: true).AddColumn("No response", rightAligned: true)
                .AddColumn("N29", rightAligned: true).AddColumn("N52", rightAligned: true);
            foreach (var c in report.Changes)
            {
                table.AddRow(
                    (c.Variant), (c.Name), c.DeviceType.ToString(),
                    Change(c, t => N(t.Sent)), Change(c, t => N(t.Accepted)), (Change(c, ComparisonWords.Rejections)),
                    Change(c, t => N(t.Responses)), Change(c, t => N(t.NoResponse)), Change(c, t => N(t.AlertsN29)), Change(c, t => N(t.AlertsN52)));
            }

            console.Write(table);
        }

        output.WriteLine();
        output.WriteLine("Per Device type at the end (without → with):");
        var types = new TextTable().AddColumn("Device type").AddColumn("Devices", rightAligned: true)
            .AddColumn("Suspended by CPL removal", rightAligned: true).AddColumn("Ended Suspended", rightAligned: true)
            .AddColumn("SMI firmware wrong", rightAligned: true);
        foreach (var (b, a) in report.Before.DeviceTypes.Zip(report.After.DeviceTypes))
        {
            types.AddRow(b.DeviceType.ToString(), N(b.Devices), Pair(N(b.SuspendedByCplRemoval), N(a.SuspendedByCplRemoval)),
                Pair(N(b.EndedSuspended), N(a.EndedSuspended)), Pair(N(b.FirmwareMismatches), N(a.FirmwareMismatches)));
        }

        console.Write(types);
    }

    private static string N(int n) => ComparisonWords.Count(n);

    private static string Change(ServiceChange c, Func<ServiceTally, string> value) => ComparisonWords.Change(c, value);

    private static string Pair(string before, string after) => ComparisonWords.Pair(before, after);
}

/// <summary>A comparison as JSON: what was compared, the changes, and both runs in full.</summary>
internal static class ComparisonJson
{
    public static object Of(DccRuleSets ruleSets, FleetComparisonReport report) => new
    {
        release = ruleSets.Release is { } r ? new { r.Id, r.Name, date = r.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) } : null,
        modification = ruleSets.Modification,
        included = ruleSets.Included.Select(c => new { c.Reference, c.Status }),
        notIncluded = ruleSets.NotIncluded.Select(c => new { c.Reference, c.Status }),
        fleet = report.Fleet,
        campaign = report.Campaign,
        changes = report.Changes,
        deviceTypeChanges = report.DeviceTypeChanges,
        before = report.Before,
        after = report.After,
    };
}
