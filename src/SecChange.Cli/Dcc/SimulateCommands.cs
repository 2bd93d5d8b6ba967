using System.CommandLine;
using System.Globalization;
using SecChange.Cli.Rendering;
using SecChange.Dcc.Comparison;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc simulate</c>: the scale campaign under one rule set.</summary>
internal static class SimulateCommands
{
    /// <summary>The generated fleet's size and the campaign's options.</summary>
    internal sealed record SpecOptions(Option<int> Devices, CampaignOptions Campaign)
    {
        public static SpecOptions Create() => new(
            new Option<int>("--devices") { Description = "Devices in the fleet (ESME, GSME, GPF).", DefaultValueFactory = _ => 100_000 },
            CampaignOptions.Create());

        public void AddTo(Command command)
        {
            command.Options.Add(Devices);
            Campaign.AddTo(command);
        }

        public FleetSpec Read(ParseResult parse)
        {
            var spec = new FleetSpec
            {
                Devices = parse.GetValue(Devices),
                Smets1Share = parse.GetValue(Campaign.Smets1Share),
                Campaign = Campaign.Read(parse, new CampaignSettings()),
            };
            try
            {
                return spec.Validated();
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw DccCliException.Bad(OutOfRange.Reason(ex));
            }
        }
    }

    public static Command CreateSimulate(CliRuntime runtime)
    {
        var spec = SpecOptions.Create();
        var rules = new RegisterRuleOptions();
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var command = new Command("simulate",
            "Run a firmware campaign over a generated fleet: the old firmware leaves the CPL, SR 11.1 and SR 11.3 install the new one, responses are lost at the given rate. " +
            "Runs the baseline, or with --release/--modification that behaviour as the register holds it.")
        { json };
        spec.AddTo(command);
        rules.AddTo(command, runtime);
        command.SetAction((parse, ct) => DccCli.RunAsync(parse, state, json, runtime.Clock, async cli =>
        {
            var ruleSet = rules.Given(parse) ? (await rules.ComposeAsync(runtime, parse, ct)).After : BehaviourCatalogue.Default.Baseline;
            var report = FirmwareCampaign.Run(spec.Read(parse), ruleSet, cli.Clock);
            if (cli.Json)
            {
                cli.WriteJson(report);
                return 0;
            }

            Write(cli, [report]);
            return 0;
        }));
        return command;
    }

    private static void Write(DccCli cli, IReadOnlyList<CampaignReport> reports)
    {
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        static string P(double p) => p.ToString("P2", CultureInfo.InvariantCulture);

        var table = new TextTable().AddColumn("Measure");
        foreach (var r in reports)
        {
            table.AddColumn($"{r.RuleSetName} ({r.RuleSetId})", rightAligned: true);
        }

        void Row(string name, Func<CampaignReport, string> value) => table.AddRow([name, .. reports.Select(value)]);
        Row("Devices in fleet", r => N(r.Devices));
        Row("Meters in campaign (ESME, GSME)", r => N(r.MetersTargeted));
        Row("Response loss rate", r => P(r.LossRate));
        Row("Suspended by CPL removal", r => N(r.SuspendedByCplRemoval));
        Row("Ended Suspended", r => N(r.EndedSuspended));
        Row("Ended Suspended, share of meters", r => P(r.EndedSuspendedShare));
        Row("SMI firmware wrong at the end", r => N(r.FirmwareMismatches));
        Row("Restored from suspension", r => N(r.DevicesRestored));
        Row("DCC Alerts N29 sent", r => N(r.AlertsN29));
        Row("DCC Alerts N52 sent", r => N(r.AlertsN52));
        Row("Service Requests sent", r => N(r.RequestsSent));
        Row("Requests rejected", r => N(r.RequestsRejected));
        Row("Rejections by code", r => r.RejectionsByCode.Count == 0 ? "-" : string.Join(", ", r.RejectionsByCode.Select(kv => $"{kv.Key} {N(kv.Value)}")));
        Row("Responses lost", r => N(r.ResponsesLost));
        Row("Run time (s)", r => r.ElapsedSeconds.ToString("F2", CultureInfo.InvariantCulture));
        cli.Console.Write(table);
    }
}
