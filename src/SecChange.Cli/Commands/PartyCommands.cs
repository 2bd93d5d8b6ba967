using System.CommandLine;
using SecChange.Application.Parties;
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
        group.Subcommands.Add(WithAction(list, Reads, async (parse, ct) =>
        {
            var parties = await (await Runtime.ServiceAsync<PartyService>(parse, ct)).PartiesAsync(ct);
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
        group.Subcommands.Add(WithAction(add, Acts, async (parse, ct) =>
        {
            var party = new Party(parse.GetValue(name)!.Trim(), parse.GetValue(category)!.Value);
            await (await Runtime.ServiceAsync<PartyService>(parse, ct)).SavePartyAsync(party, Runtime.Actor(parse, ActorRole.Secas), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, party);
            else Runtime.Output.WriteLine($"{party.Name} saved as {party.Category}.");
        }));

        var people = new Command("people", "List the people known to the register, with organisation and role");
        group.Subcommands.Add(WithAction(people, Reads, async (parse, ct) =>
        {
            var list = await (await Runtime.ServiceAsync<PartyService>(parse, ct)).PeopleAsync(ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, list);
                return;
            }

            var table = Render.Table("Name", "Organisation", "Role");
            foreach (var p in list) table.Row(p.Name, p.Organisation, p.Role);
            Runtime.Console.Write(table);
        }));

        var person = new Command("person", "Add or update a person (e.g. a SECAS Lead Analyst)");
        var personName = new Argument<string>("name") { Description = "The person's name" };
        var org = new Option<string>("--organisation") { Description = "Their organisation", Required = true };
        var role = new Option<string?>("--role") { Description = "Their role, e.g. 'Lead Analyst' or 'Meeting Secretary'" };
        person.Arguments.Add(personName);
        person.Options.Add(org);
        person.Options.Add(role);
        group.Subcommands.Add(WithAction(person, Acts, async (parse, ct) =>
        {
            var saved = new Person(parse.GetValue(personName)!.Trim(), parse.GetValue(org)!.Trim(), parse.GetValue(role));
            await (await Runtime.ServiceAsync<PartyService>(parse, ct)).SavePersonAsync(saved, Runtime.Actor(parse, ActorRole.Secas), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, saved);
            else Runtime.Output.WriteLine($"{saved.Name} ({saved.Organisation}{(saved.Role is null ? "" : ", " + saved.Role)}) saved.");
        }));
        return [group];
    }
}
