using System.CommandLine;
using NodaTime;
using SecChange.Dcc.Files;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using Spectre.Console;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc inventory load FILE</c> and <c>dcc inventory show [ID]</c>.</summary>
internal static class InventoryCommands
{
    public static Command Create(IClock clock)
    {
        var inventory = new Command("inventory", "Load or show the Smart Metering Inventory.");
        inventory.Subcommands.Add(Load(clock));
        inventory.Subcommands.Add(Show(clock));
        return inventory;
    }

    private static Command Load(IClock clock)
    {
        var file = new Argument<string>("file") { Description = "Devices as JSON (array, or {devices, cpl}) or CSV with a header line." };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var ruleSet = new Option<string?>("--rule-set") { Description = "Rule set for the state: before-mp105 or nov-2021 (default: keep, or nov-2021 when new)." };
        var command = new Command("load", "Add Devices (and CPL entries) from a file to the DCC state.") { file, state, json, ruleSet };
        command.SetAction(parse => DccCli.Run(parse, state, json, clock, cli =>
        {
            var text = DccCli.ReadUserFile(parse.GetValue(file)!);
            var result = DeviceFile.Read(text, cli.Clock.GetCurrentInstant());
            if (!result.Success)
            {
                throw DccCliException.Bad(result.Errors.Count == 1 ? result.Errors[0] : $"{result.Errors[0]} (and {result.Errors.Count - 1} more problems)");
            }

            var requested = parse.GetValue(ruleSet);
            var system = cli.HasState
                ? cli.LoadState()
                : new DccSystem(DccCli.RuleSetOrBad(requested ?? "nov-2021"), cli.Clock);
            if (requested is not null)
            {
                system.RuleSet = DccCli.RuleSetOrBad(requested);
            }

            var content = result.Content!;
            var clash = content.Devices.FirstOrDefault(d => system.Inventory.Contains(d.Id));
            if (clash is not null)
            {
                throw DccCliException.Bad(SecChange.Dcc.DccMessages.DuplicateDevice(clash.Id.ToString()));
            }

            foreach (var entry in content.Cpl)
            {
                system.Cpl.Add(entry);
            }

            foreach (var device in content.Devices)
            {
                system.Inventory.Add(device);
            }

            foreach (var (gpf, gsme) in content.Pairs)
            {
                var gsmeRow = system.Inventory.RowOf(gsme);
                if (gsmeRow >= 0)
                {
                    system.Inventory.PairGasProxy(system.Inventory.RowOf(gpf), gsmeRow);
                }
            }

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

            var table = new Table().AddColumn("Field").AddColumn("Value");
            table.AddRow("Device", device.Id.ToString());
            table.AddRow("Type", device.Type.ToString());
            table.AddRow("Model", Markup.Escape(device.Model));
            table.AddRow("Firmware (SMI)", Markup.Escape(device.FirmwareVersion ?? "-"));
            table.AddRow("Firmware (running)", Markup.Escape(system.Devices.RunningFirmware(row) ?? "-"));
            table.AddRow("SMETS", device.Generation.ToString());
            table.AddRow("SMI status", device.Status.ToString());
            table.AddRow("Import Supplier", device.ImportSupplier.ToString());
            table.AddRow("Network Operator", device.NetworkOperator.ToString());
            cli.Console.Write(table);
            var past = new Table().AddColumn("At").AddColumn("From").AddColumn("To").AddColumn("Reason");
            foreach (var h in history)
            {
                past.AddRow(DeviceFile.FormatInstant(h.At), h.From.ToString(), h.To.ToString(), Markup.Escape(h.Reason));
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
            cli.WriteJson(new { message = headline, ruleSet = system.RuleSet.Id, devices = system.Inventory.Count, cplEntries = system.Cpl.Entries.Count, byTypeAndStatus });
            return 0;
        }

        cli.Console.WriteLine($"{headline}. Rule set: {system.RuleSet}. State: {cli.StatePath}");
        var table = new Table().AddColumn("Type").AddColumn("SMI status").AddColumn(new TableColumn("Devices").RightAligned());
        foreach (var row in byTypeAndStatus)
        {
            table.AddRow(row.type, row.status, row.devices.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        cli.Console.Write(table);
        return 0;
    }
}
