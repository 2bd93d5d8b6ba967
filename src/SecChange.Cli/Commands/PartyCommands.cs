using System.CommandLine;
using SecChange.Cli.Rendering;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>SEC Parties and the other organisations in the process.</summary>
public sealed class PartyCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var group = new Command("party", "SEC Parties and other organisations");
        var list = new Command("list", "List the organisations");
        group.Subcommands.Add(WithAction(list, async (parse, ct) =>
        {
            var parties = await (await Runtime.ServiceAsync(parse, ct)).PartiesAsync(ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, parties);
                return;
            }

            var table = Render.Table("Organisation", "Category");
            foreach (var p in parties) table.Row(p.Name, p.Category);
            Runtime.Console.Write(table);
        }));

        var add = new Command("add", "Add or update an organisation");
        var name = new Argument<string>("name") { Description = "The organisation's name" };
        var category = EnumOption<PartyCategory>("--category", "Its party category", required: true);
        add.Arguments.Add(name);
        add.Options.Add(category);
        group.Subcommands.Add(WithAction(add, async (parse, ct) =>
        {
            var party = new Party(parse.GetValue(name)!.Trim(), parse.GetValue(category)!.Value);
            await (await Runtime.ServiceAsync(parse, ct)).SavePartyAsync(party, Runtime.Actor(parse, ActorRole.Secas), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, party);
            else Runtime.Output.WriteLine($"{party.Name} saved as {party.Category}.");
        }));
        return [group];
    }
}
