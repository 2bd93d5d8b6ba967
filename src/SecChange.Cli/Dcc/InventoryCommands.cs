using System.CommandLine;
using NodaTime;
using SecChange.Cli.Rendering;
using SecChange.Dcc.Comparison;
using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Rules;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc inventory load FILE</c> and <c>dcc inventory show [ID]</c>.</summary>
internal static class InventoryCommands
{
    public static Command Create(CliRuntime runtime)
    {
        var inventory = new Command("inventory", "Load or show the Smart Metering Inventory.");
        inventory.Subcommands.Add(Load(runtime));
        inventory.Subcommands.Add(Show(runtime.Clock));
        return inventory;
    }

    private static Command Load(CliRuntime runtime)
    {
        var file = new Argument<string>("file") { Description = "Devices as JSON (array, or {devices, cpl}) or CSV with a header line." };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var rules = new RegisterRuleOptions();
        var command = new Command("load",
            "Add Devices (and CPL entries) from a file to the DCC state. With --release or --modification the state runs that behaviour " +
            "(as the register holds it); otherwise it keeps its own, and a new state starts from the baseline.") { file, state, json };
        rules.AddTo(command, runtime);
        command.SetAction((parse, ct) => DccCli.RunAsync(parse, state, json, runtime.Clock, async cli =>
        {
            var content = cli.ReadDeviceFile(parse.GetValue(file)!);
            var requested = rules.Given(parse) ? (await rules.ComposeAsync(runtime, parse, ct)).After : null;
            var system = cli.HasState ? cli.LoadState() : new DccSystem(requested ?? BehaviourCatalogue.Default.Baseline, cli.Clock);
            if (requested is not null)
            {
                system.RuleSet = requested;
            }

            content.LoadInto(system);
            cli.SaveState(system);
            return Summarise(cli, system, $"Loaded {content.Devices.Count} Devices and {content.Cpl.Count} CPL entries");
        }));
        return command;
    }

    private static Command Show(IClock clock)
    {
        var id = new Argument<string?>("id") { Description = "A Device id (EUI-64); all Devices by status when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var command = new Command("show", "Show the inventory, or one Device with its status history.") { id, state, json };
        command.SetAction(parse => DccCli.Run(parse, state, json, clock, cli =>
        {
            var system = cli.LoadState();
            var text = parse.GetValue(id);
            if (text is null)
            {
                return Summarise(cli, system, $"{system.Inventory.Count} Devices");
            }

            if (!Eui64.TryParse(text, out var eui))
            {
                throw DccCliException.Bad(SecChange.Dcc.DccMessages.BadEui64(text));
            }

            var row = system.Inventory.RowOf(eui);
            if (row < 0)
            {
                throw DccCliException.Missing(SecChange.Dcc.DccMessages.UnknownDevice(eui.ToString()));
            }

            var device = system.Inventory.Snapshot(row);
            var history = system.Inventory.HistoryOf(row);
            if (cli.Json)
            {
                cli.WriteJson(new
                {
                    id = device.Id.ToString(),
                    device.Type,
                    device.Model,
                    device.FirmwareVersion,
                    runningFirmware = system.Devices.RunningFirmware(row),
                    device.Generation,
                    device.Status,
                    statusSince = DeviceFile.FormatInstant(device.StatusSince),
                    device.StatusBeforeSuspension,
                    importSupplier = device.ImportSupplier.ToString(),
                    networkOperator = device.NetworkOperator.ToString(),
                    history = history.Select(h => new { h.From, h.To, at = DeviceFile.FormatInstant(h.At), h.Reason }),
                });
                return 0;
            }

            var table = new TextTable().AddColumn("Field").AddColumn("Value");
            table.AddRow("Device", device.Id.ToString());
            table.AddRow("Type", device.Type.ToString());
            table.AddRow("Model", (device.Model));
            table.AddRow("Firmware (SMI)", (device.FirmwareVersion ?? "-"));
            table.AddRow("Firmware (running)", (system.Devices.RunningFirmware(row) ?? "-"));
            table.AddRow("SMETS", device.Generation.ToString());
            table.AddRow("SMI status", device.Status.ToString());
            table.AddRow("Import Supplier", device.ImportSupplier.ToString());
            table.AddRow("Network Operator", device.NetworkOperator.ToString());
            cli.Console.Write(table);
            var past = new TextTable().AddColumn("At").AddColumn("From").AddColumn("To").AddColumn("Reason");
            foreach (var h in history)
            {
                past.AddRow(DeviceFile.FormatInstant(h.At), h.From.ToString(), h.To.ToString(), (h.Reason));
            }

            cli.Console.Write(past);
            return 0;
        }));
        return command;
    }

    private static int Summarise(DccCli cli, DccSystem system, string headline)
    {
        var byTypeAndStatus = system.Inventory.All()
            .GroupBy(d => (d.Type, d.Status))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Status)
            .Select(g => new { type = g.Key.Type.ToString(), status = g.Key.Status.ToString(), devices = g.Count() })
            .ToList();
        if (cli.Json)
        {
            cli.WriteJson(new { message = headline, ruleSet = system.RuleSet.Name, modifications = system.RuleSet.Modifications.Select(m => m.Reference), devices = system.Inventory.Count, cplEntries = system.Cpl.Entries.Count, byTypeAndStatus });
            return 0;
        }

        cli.Console.WriteLine($"{headline}. Rule set: {system.RuleSet}. State: {cli.StatePath}");
        var table = new TextTable().AddColumn("Type").AddColumn("SMI status").AddColumn("Devices", rightAligned: true);
        foreach (var row in byTypeAndStatus)
        {
            table.AddRow(row.type, row.status, row.devices.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        cli.Console.Write(table);
        return 0;
    }
}
