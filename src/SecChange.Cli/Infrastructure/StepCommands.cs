using System.CommandLine;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Application.Queries;
using SecChange.Application.Views;
using SecChange.Cli.Rendering;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Cli.Commands;

/// <summary>
/// Builds commands that take process steps on one modification: each takes the reference, --on (default
/// today), --reason and --if-version, runs as one transaction and reports the new state.
/// </summary>
public abstract class StepCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    protected Command Step(string name, string description, ActorRole role, Func<ParseResult, IReadOnlyList<ModificationChange>> changes,
        params Symbol[] symbols) =>
        Step(name, description, role, (parse, _) => changes(parse), symbols);

    protected Command Step(string name, string description, ActorRole role, Func<ParseResult, ModificationChange> change, params Symbol[] symbols) =>
        Step(name, description, role, parse => [change(parse)], symbols);

    /// <summary>A step whose content depends on the modification as it stands (read in the same transaction).</summary>
    protected Command Step(string name, string description, ActorRole role,
        Func<ParseResult, Modification, IReadOnlyList<ModificationChange>> changes, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        var reference = new Argument<string>("reference") { Description = "The modification, e.g. MP105, DP138 or SECMP0007" };
        var on = OptionParsers.DateOption("--on", "When it happened (default: today)");
        var reason = new Option<string?>("--reason") { Description = "Why, or a note for the timeline" };
        var ifVersion = new Option<int?>("--if-version") { Description = "Refuse if the modification changed since this version" };
        command.Arguments.Add(reference);
        foreach (var s in symbols)
        {
            switch (s)
            {
                case Argument a: command.Arguments.Add(a); break;
                case Option o: command.Options.Add(o); break;
            }
        }

        command.Options.Add(on);
        command.Options.Add(reason);
        command.Options.Add(ifVersion);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ModificationService>(parse, ct);
            var before = parse.GetValue(reference)!;
            var modification = await service.TakeStepsAsync(before, m => changes(parse, m), parse.GetValue(on) ?? Runtime.Today,
                Runtime.Actor(parse, role), parse.GetValue(reason), parse.GetValue(ifVersion), ct);
            await ReportAsync(parse, modification, ct);
        });
    }

    /// <summary>Reports a changed modification: its new events and what may come next.</summary>
    protected async Task ReportAsync(ParseResult parse, Modification modification, CancellationToken ct)
    {
        var view = await (await Runtime.ServiceAsync<RegisterQueries>(parse, ct)).ViewOfAsync(modification, Runtime.Today, ct);
        var added = view.Timeline.Where(e => e.RecordedAt == view.Timeline[^1].RecordedAt).ToList();
        if (Runtime.Json(parse))
        {
            Render.Json(Runtime.Output, new { view.Reference, view.State, view.Stage, view.Version, view.AllowedNext, events = added });
            return;
        }

        foreach (var e in added)
        {
            Runtime.Output.WriteLine($"{view.Reference}: {e.Description} on {Render.Date(e.On)}.");
        }

        Runtime.Output.WriteLine($"Now: {view.StateName} (version {view.Version}). Allowed next: {string.Join(", ", view.AllowedNext)}");
    }
}
