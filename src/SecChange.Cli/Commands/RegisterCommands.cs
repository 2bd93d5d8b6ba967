using System.CommandLine;
using System.Globalization;
using SecChange.Application.Modifications;
using SecChange.Application.Queries;
using SecChange.Application.Register;
using SecChange.Cli.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>The Modification Register: list, show, raise, alternatives, amendments, classification and the audit trail.</summary>
public sealed class RegisterCommands(CliRuntime runtime) : StepCommands(runtime)
{
    public override IEnumerable<Command> Build()
    {
        // A command line builds its family in turn up to the command it names: `show` and `timeline` come first because
        // they are the cheapest to build and the most often run, while `list`'s filters are the costliest.
        yield return Show();
        yield return Timeline();
        yield return List();
        yield return Raise();
        yield return Alternative();
        yield return Amend();
        var to = EnumOption<Classification>("--to", "The new classification", required: true);
        yield return Step("classify", "Change the information classification (e.g. RED to GREEN); audited", ActorRole.Secas,
            p => new ClassificationChanged(p.GetValue(to)!.Value), to);
        yield return Audit();
    }

    private Command List()
    {
        var command = new Command("list", "List and filter the register");
        var stage = EnumOption<Stage>("--stage", "Only this stage");
        var state = EnumOption<ModificationState>("--state", "Only this status");
        var path = EnumOption("--path", "Only this Path", aliases: new Dictionary<string, ModificationPath>
        {
            ["1"] = ModificationPath.AuthorityLed, ["2"] = ModificationPath.AuthorityDetermination, ["3"] = ModificationPath.SelfGovernance,
        });
        var party = new Option<string?>("--party") { Description = "Only proposals raised by this organisation" };
        var release = new Option<string?>("--release") { Description = "Only those in this SEC Release, e.g. 2020-11" };
        var text = new Option<string?>("--text") { Description = "Words in the reference, title, problem statement or solution" };
        var limit = new Option<int?>("--limit") { Description = "At most this many rows" };
        var asAt = AsAtRuntime.AsAtOption();
        foreach (var o in new Option[] { stage, state, path, party, release, text, limit, asAt }) command.Options.Add(o);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var filter = new RegisterFilter
            {
                Stage = parse.GetValue(stage),
                State = parse.GetValue(state),
                Path = parse.GetValue(path),
                Party = parse.GetValue(party),
                ReleaseId = parse.GetValue(release),
                Text = parse.GetValue(text),
                Limit = parse.GetValue(limit) is { } l and <= 0 ? throw DomainException.Invalid("--limit must be at least 1.") : parse.GetValue(limit),
            };
            var date = parse.GetValue(asAt);
            async Task<IReadOnlyList<ModificationSummary>> ListAsync(RegisterFilter f) => date is { } day
                ? await (await Runtime.AsAtAsync(parse, ct)).ListAsync(f, day, ct)
                : await (await Runtime.ServiceAsync<RegisterQueries>(parse, ct)).ListAsync(f, ct);
            var rows = await ListAsync(filter);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, rows);
                return;
            }

            if (rows.Count == 0 && filter with { Text = null, Limit = null } != new RegisterFilter())
            {
                Runtime.Output.WriteLine(NoMatch.Hint(filter, await ListAsync(new RegisterFilter())));
                return;
            }

            Render.Summaries(Runtime.Console, rows, date);
        });
    }

    private Command Show()
    {
        var command = new Command("show", "Show one modification with its assessments, decisions, releases and full dated timeline");
        var reference = new Argument<string>("reference") { Description = "e.g. MP105" };
        var asAt = AsAtRuntime.AsAtOption(oldName: "--as-of");
        command.Arguments.Add(reference);
        command.Options.Add(asAt);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var date = parse.GetValue(asAt);
            var view = await (await Runtime.AsAtAsync(parse, ct)).ShowAsync(parse.GetValue(reference)!, date, ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, view);
            else
            {
                if (date is { } day) Runtime.Output.WriteLine($"As at the end of {Render.Date(day)}:");
                Render.Modification(Runtime.Console, view);
            }
        });
    }

    private Command Timeline()
    {
        var command = new Command("timeline", "Show a modification's dated timeline only");
        var reference = new Argument<string>("reference") { Description = "e.g. MP105" };
        var asAt = AsAtRuntime.AsAtOption();
        command.Arguments.Add(reference);
        command.Options.Add(asAt);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var view = await (await Runtime.AsAtAsync(parse, ct)).ShowAsync(parse.GetValue(reference)!, parse.GetValue(asAt), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, view.Timeline);
            else Render.Timeline(Runtime.Console, view.Timeline);
        });
    }

    private Command Raise()
    {
        var command = new Command("raise", "Raise a Draft Proposal (numbered DPnnn, the next free number unless --number)");
        var title = new Option<string>("--title") { Description = "The proposal's title", Required = true };
        var proposer = new Option<string>("--proposer") { Description = "The Proposer's name", Required = true };
        var party = new Option<string?>("--party") { Description = "The Proposer's organisation (a SEC Party)" };
        var problem = new Option<string?>("--problem") { Description = "The problem statement" };
        var classification = EnumOption<Classification>("--classification", "Information classification (default: green)");
        var number = new Option<int?>("--number") { Description = "Use this number (for history)" };
        var panel = new Option<bool>("--panel-raised") { Description = "Raised by the Panel (may become Fast-Track)" };
        var on = DateOption("--on", "When it was raised (default: today)");
        foreach (var o in new Option[] { title, proposer, party, problem, classification, number, panel, on }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ModificationService>(parse, ct);
            if (parse.GetValue(number) is <= 0) throw DomainException.Invalid("--number must be a positive number.");
            var raisedByPanel = parse.GetValue(panel);
            var actor = Runtime.Actor(parse, raisedByPanel ? ActorRole.Panel : ActorRole.Proposer);
            var raised = new DraftProposalRaised(parse.GetValue(title)!, parse.GetValue(proposer)!, parse.GetValue(party), parse.GetValue(problem),
                parse.GetValue(classification) ?? Classification.Green, raisedByPanel);
            Report(parse, await service.RaiseDraftProposalAsync(raised, parse.GetValue(on) ?? Runtime.Today,
                parse.GetValue(Runtime.Options.By) is null ? actor with { Name = raised.ProposerName, Organisation = raised.ProposerOrganisation } : actor,
                parse.GetValue(number), ct: ct));
        });
    }

    private Command Alternative()
    {
        var command = new Command("alternative", "Raise an alternative solution (e.g. MP102A) as its own record linked to its parent");
        var parent = new Argument<string>("parent") { Description = "The parent modification, e.g. MP102" };
        var title = new Option<string>("--title") { Description = "The alternative's title", Required = true };
        var letter = new Option<char?>("--letter") { Description = "The letter (default: the next free one)" };
        var on = DateOption("--on", "When it was raised (default: today)");
        command.Arguments.Add(parent);
        foreach (var o in new Option[] { title, letter, on }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ModificationService>(parse, ct);
            Report(parse, await service.RaiseAlternativeAsync(parse.GetValue(parent)!, parse.GetValue(letter), parse.GetValue(title)!,
                parse.GetValue(on) ?? Runtime.Today, Runtime.Actor(parse, ActorRole.WorkingGroup), ct));
        });
    }

    private Command Amend()
    {
        var title = new Option<string?>("--title") { Description = "New title" };
        var problem = new Option<string?>("--problem") { Description = "Problem statement" };
        var solution = new Option<string?>("--solution") { Description = "Proposed solution" };
        var analyst = new Option<string?>("--lead-analyst") { Description = "SECAS Lead Analyst" };
        var objectives = ListOption("--objectives", "General SEC Objectives claimed, a-f");
        var documents = ListOption("--documents", "Affected SEC documents, e.g. 'Appendix AD'");
        var categories = ListOption("--categories", "Impacted party categories, e.g. large-supplier,dcc");
        var irps = ListOption("--irps", "Issue Resolution Proposals carried, e.g. IRP550");
        var dcc = new Option<bool?>("--dcc-impact") { Description = "Whether DCC Systems are impacted (true/false)" };
        var duis = new Option<bool?>("--duis-impact") { Description = "Whether the DUIS is impacted (true/false)" };
        var lead = new Option<int?>("--lead-time-months") { Description = "Months the DCC needs from decision to release" };
        var dccCost = new Option<string?>("--dcc-cost") { Description = "DCC implementation cost, e.g. 150000 or 0-150000" };
        var secasCost = new Option<decimal?>("--secas-cost") { Description = "SECAS implementation cost in pounds" };
        var annual = new Option<decimal?>("--annual-cost") { Description = "Ongoing cost per annum in pounds" };
        var providers = ListOption("--service-providers", "DCC Service Providers impacted, e.g. DSP,CSP North");
        var phases = ListOption("--test-phases", "DCC test phases needed, e.g. PIT,SIT,UIT");
        var text = ReportTextOption.Create();
        return Step("amend", "Amend a proposal's details (title, problem, solution, objectives, documents, impacts, IRPs, costs, Modification Report text)", ActorRole.Secas,
            (p, service, call, ct) => service.AmendDetailsAsync(call.Reference, new DetailsAmended
            {
                Title = p.GetValue(title),
                ProblemStatement = p.GetValue(problem),
                Solution = p.GetValue(solution),
                LeadAnalyst = p.GetValue(analyst),
                Objectives = p.GetValue(objectives)?.Select(ParseObjective).ToList(),
                AffectedDocuments = p.GetValue(documents),
                ImpactedCategories = p.GetValue(categories)?.Select(ParseCategory).ToList(),
                Irps = p.GetValue(irps)?.Select(i => i.ToUpperInvariant()).ToList(),
                DccSystemImpact = p.GetValue(dcc),
                DuisImpact = p.GetValue(duis),
                LeadTimeMonths = p.GetValue(lead),
                ServiceProviders = p.GetValue(providers),
                TestPhases = p.GetValue(phases)?.Select(t => t.ToUpperInvariant()).ToList(),
                ReportText = ReportTextOption.Read(p.GetValue(text), Console.In),
            }, new CostChange(p.GetValue(dccCost), p.GetValue(secasCost), p.GetValue(annual)), call.On, call.By, call.Reason, call.IfVersion, ct),
            title, problem, solution, analyst, objectives, documents, categories, irps, dcc, duis, lead, dccCost, secasCost, annual, providers, phases, text);
    }

    private Command Audit()
    {
        var command = new Command("audit", "Show the audit trail (every command that changed the register)");
        var target = new Argument<string?>("target") { Description = "Only entries about this modification (as DP and MP) or release", Arity = ArgumentArity.ZeroOrOne };
        command.Arguments.Add(target);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<RegisterQueries>(parse, ct);
            var t = parse.GetValue(target);
            var entries = await service.AuditTrailAsync(t, ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, entries);
                return;
            }

            var table = Render.Table("At (UTC)", "Who", "Command", "On", "Details");
            foreach (var e in entries) table.Row(e.At.ToString("uuuu-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.Actor, e.Command, e.Target, e.Details);
            Runtime.Console.Write(table);
        });
    }

    public static SecObjective ParseObjective(string text) => SecObjectives.Parse(text);

    private static PartyCategory ParseCategory(string text) =>
        Enum.GetValues<PartyCategory>().FirstOrDefault(c => c != PartyCategory.None &&
            (string.Equals(Kebab(c), text.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(c.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))) is var found && found != PartyCategory.None
            ? found
            : throw DomainException.Invalid($"'{text}' is not a party category: use {string.Join(", ", Enum.GetValues<PartyCategory>().Skip(1).Select(c => Kebab(c)))}.");
}
