using System.CommandLine;
using NodaTime;
using SecChange.Cli.Rendering;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc cpl remove-firmware --firmware V [--model M]</c>.</summary>
internal static class CplCommands
{
    public static Command Create(IClock clock)
    {
        var cpl = new Command("cpl", "The Central Products List.");
        var firmware = new Option<string>("--firmware") { Description = "The firmware version to remove.", Required = true };
        var model = new Option<string?>("--model") { Description = "Only this Device Model (default: every model with that firmware)." };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var remove = new Command("remove-firmware", "Remove a firmware version from the CPL; every Device running it becomes Suspended.") { firmware, model, state, json };
        remove.SetAction(parse => DccCli.Run(parse, state, json, clock, cli =>
        {
            var system = cli.LoadState();
            var version = parse.GetValue(firmware)!;
            var result = system.RemoveFirmwareFromCpl(parse.GetValue(model), version);
            if (result.Removed.Count == 0)
            {
                throw DccCliException.Missing(SecChange.Dcc.DccMessages.FirmwareNotOnCpl(parse.GetValue(model) ?? "any model", version));
            }

            cli.SaveState(system);
            if (cli.Json)
            {
                cli.WriteJson(new { removed = result.Removed, suspended = result.Suspended.Select(s => s.ToString()) });
                return 0;
            }

            var table = new TextTable().AddColumn("Removed model").AddColumn("Firmware").AddColumn("GBCS");
            foreach (var e in result.Removed)
            {
                table.AddRow((e.Model), (e.FirmwareVersion), (e.GbcsVersion));
            }

            cli.Console.Write(table);
            cli.Console.WriteLine($"{result.Suspended.Count} Devices Suspended.");
            return 0;
        }));
        cpl.Subcommands.Add(remove);
        return cpl;
    }
}
