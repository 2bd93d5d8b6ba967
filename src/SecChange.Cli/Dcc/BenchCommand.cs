using System.CommandLine;
using System.Globalization;
using NodaTime;
using SecChange.Cli.Rendering;
using SecChange.Dcc.Performance;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc bench</c>: a quick whole-process measure of the model.</summary>
internal static class BenchCommand
{
    public static Command Create(IClock clock)
    {
        var inventory = new Option<int>("--inventory-devices") { Description = "Devices in the memory measure (10,000,000 for the GB-scale figure).", DefaultValueFactory = _ => 10_000_000 };
        var campaign = new Option<int>("--campaign-devices") { Description = "Devices in the timed campaign.", DefaultValueFactory = _ => 1_000_000 };
        var seconds = new Option<double>("--seconds") { Description = "Seconds per throughput measure.", DefaultValueFactory = _ => 2 };
        var output = new Option<string?>("--output") { Description = "Also write the figures as Markdown to this file." };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var command = new Command("bench", "Measure authorisation decisions/s, DUIS request-to-response/s against bare XML parsing, inventory bytes per Device and campaign time.")
        { inventory, campaign, seconds, output, json };
        command.SetAction(parse => DccCli.Run(parse, state, json, clock, cli =>
        {
            var devices = parse.GetValue(inventory);
            var campaignDevices = parse.GetValue(campaign);
            var perMeasure = parse.GetValue(seconds);
            if (devices is < 0 or > 100_000_000 || campaignDevices is < 0 or > 20_000_000 || perMeasure is <= 0 or > 60)
            {
                throw DccCliException.Bad("--inventory-devices must be 0..100,000,000, --campaign-devices 0..20,000,000 and --seconds 0..60.");
            }

            var result = QuickBench.Run(devices, campaignDevices, TimeSpan.FromSeconds(perMeasure), cli.Clock);
            var markdown = ToMarkdown(result);
            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, markdown);
            }

            if (cli.Json)
            {
                cli.WriteJson(new { result, result.PipelineToParseRatio });
                return 0;
            }

            var table = new TextTable().AddColumn("Measure").AddColumn("Value", rightAligned: true).AddColumn("Target");
            foreach (var (measure, value, target) in Rows(result))
            {
                table.AddRow((measure), value, (target));
            }

            cli.Console.Write(table);
            return 0;
        }));
        return command;
    }

    private static IEnumerable<(string Measure, string Value, string Target)> Rows(QuickBenchResult r)
    {
        static string N(double n) => n.ToString("N0", CultureInfo.InvariantCulture);
        yield return ("Authorisation decisions per second (one thread)", N(r.AuthorisationsPerSecond), ">= 1,000,000 per core");
        yield return ("DUIS request in -> response out per second (one thread)", N(r.DuisRequestsPerSecondOneThread), "");
        yield return ($"DUIS request in -> response out per second ({r.ProcessorCount} threads)", N(r.DuisRequestsPerSecondAllThreads), ">= 20,000 on 2 cores");
        yield return ("Bare XML parse of the same request per second (one thread)", N(r.BareParsesPerSecond), "");
        yield return ("Pipeline cost / bare parse cost", r.PipelineToParseRatio.ToString("F2", CultureInfo.InvariantCulture), "ratio");
        yield return ($"Inventory bytes per Device at {N(r.InventoryDevices)} Devices", r.InventoryBytesPerDevice.ToString("F1", CultureInfo.InvariantCulture), "< 100");
        yield return ($"Campaign over {N(r.CampaignDevices)} Devices (s)", r.CampaignSeconds.ToString("F2", CultureInfo.InvariantCulture), "< 10");
    }

    private static string ToMarkdown(QuickBenchResult r)
    {
        var lines = new List<string>
        {
            "# secchange dcc bench",
            string.Empty,
            $"Processors: {r.ProcessorCount}. .NET {Environment.Version}.",
            string.Empty,
            "| Measure | Value | Target |",
            "|---|---:|---|",
        };
        lines.AddRange(Rows(r).Select(x => $"| {x.Measure} | {x.Value} | {x.Target} |"));
        return string.Join('\n', lines) + "\n";
    }
}
