using System.CommandLine;
using NodaTime;
using SecChange.Application.Modifications;
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
    /// <summary>What every step command takes besides its own options: the modification, the date, who acts, why, and the version seen.</summary>
    protected sealed record StepCall(string Reference, LocalDate On, Actor By, string? Reason, int? IfVersion);

    protected Command Step(string name, string description, ActorRole role, Func<ParseResult, IReadOnlyList<ModificationChange>> changes,
        params Symbol[] symbols) =>
        Step(name, description, role, (parse, service, call, ct) =>
            service.TakeStepsAsync(call.Reference, changes(parse), call.On, call.By, call.Reason, call.IfVersion, ct), symbols);

    protected Command Step(string name, string description, ActorRole role, Func<ParseResult, ModificationChange> change, params Symbol[] symbols) =>
        Step(name, description, role, parse => [change(parse)], symbols);

    /// <summary>A step taken through its own use case (e.g. an assessment request, whose default id the register works out).</summary>
    protected Command Step(string name, string description, ActorRole role,
        Func<ParseResult, ModificationService, StepCall, CancellationToken, Task<StepResult>> take, params Symbol[] symbols)
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
            var call = new StepCall(parse.GetValue(reference)!, parse.GetValue(on) ?? Runtime.Today, Runtime.Actor(parse, role),
                parse.GetValue(reason), parse.GetValue(ifVersion));
            Report(parse, await take(parse, service, call, ct));
        });
    }

    /// <summary>Reports a changed modification: the events this command recorded and what may come next.</summary>
    protected void Report(ParseResult parse, StepResult result)
    {
        if (Runtime.Json(parse))
        {
            Render.Json(Runtime.Output, new { result.Reference, result.State, result.Stage, result.Version, result.View.AllowedNext, events = result.Recorded });
            return;
        }

        foreach (var e in result.Recorded)
        {
            Runtime.Output.WriteLine($"{result.Reference}: {e.Description} on {Render.Date(e.On)}.");
        }

        Runtime.Output.WriteLine($"Now: {result.View.StateName} (version {result.Version}). Allowed next: {string.Join(", ", result.View.AllowedNext)}");
    }
}
