using System.CommandLine;
using NodaTime;
using SecChange.Dcc.Rules;
using Spectre.Console;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc rule-sets</c>: the rule sets and the modifications they include.</summary>
internal static class RuleSetsCommand
{
    public static Command Create(IClock clock)
    {
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var command = new Command("rule-sets", "List the rule sets (versions of DCC System behaviour) and the modifications each includes.") { json };
        command.SetAction(parse => DccCli.Run(parse, state, json, clock, cli =>
        {
            var sets = RuleSetCatalogue.Default.RuleSets.Select(r => new
            {
                id = r.Id,
                name = r.Name,
                modifications = r.Modifications.Select(m => new { m.Id, m.Title, m.Release }),
                suspendedExceptions = r.SuspendedExceptions.Select(e => e.Reason),
            }).ToList();
            if (cli.Json)
            {
                cli.WriteJson(sets);
                return 0;
            }

            var table = new Table().AddColumn("Id").AddColumn("Name").AddColumn("Modifications").AddColumn("Allowed on a Suspended Device besides Critical SRs");
            foreach (var s in sets)
            {
                table.AddRow(s.id, Markup.Escape(s.name), Markup.Escape(s.modifications.Any() ? string.Join(", ", s.modifications.Select(m => m.Id)) : "-"),
                    Markup.Escape(string.Join("; ", s.suspendedExceptions)));
            }

            cli.Console.Write(table);
            return 0;
        }));
        return command;
    }
}
