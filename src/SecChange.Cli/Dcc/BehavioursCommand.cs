using System.CommandLine;
using SecChange.Application.Dcc;
using SecChange.Cli.Rendering;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc behaviours</c>: each modification's DCC System behaviour, keyed by register reference and checked against the register.</summary>
internal static class BehavioursCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var file = new Option<string?>("--behaviours") { Description = "A behaviour file to check instead of the shipped one." };
        var command = new Command("behaviours",
            "List the modifications that change DCC System behaviour (by register reference): what each changes and for which Device types. " +
            "Every reference must name a modification in the register.") { file, json };
        runtime.Options.AddTo(command, GlobalUse.Register);
        command.SetAction((parse, ct) => DccCli.RunAsync(parse, state, json, runtime.Clock, async cli =>
        {
            var service = await runtime.ServiceAsync<DccComparisons>(parse, ct);
            var catalogue = parse.GetValue(file) is { } path
                ? await service.LoadBehavioursAsync(DccCli.ReadUserFile(path), ct)
                : await service.ShippedBehavioursAsync(ct);
            var rows = catalogue.Modifications.Select(m => new
            {
                reference = m.Reference,
                deviceTypes = m.DeviceTypes.ToString().Split('|'),
                summary = m.Summary,
                source = m.Source,
                suspendedExceptions = m.SuspendedExceptions.Select(e => e.Reason),
                extendsServiceReferences = m.ExtendsServiceReferences,
                behaviours = m.Behaviours.ToString(),
            }).ToList();
            if (cli.Json)
            {
                cli.WriteJson(new { baselineSuspendedExceptions = catalogue.Baseline.SuspendedExceptions.Select(e => e.Reason), modifications = rows });
                return 0;
            }

            var table = new TextTable().AddColumn("Modification").AddColumn("Device types").AddColumn("What it changes");
            foreach (var row in rows)
            {
                table.AddRow(row.reference, string.Join(", ", row.deviceTypes), (row.summary));
            }

            cli.Console.Write(table);
            cli.Console.WriteLine("Allowed on a Suspended Device besides Critical SRs, before any modification: " +
                string.Join("; ", catalogue.Baseline.SuspendedExceptions.Select(e => e.Reason)) + ".");
            return 0;
        }));
        return command;
    }
}
