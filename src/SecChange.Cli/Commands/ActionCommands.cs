using System.CommandLine;
using SecChange.Application.Meetings;
using SecChange.Cli.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>The action log: actions raised at meetings, their updates at later meetings, closing, and the overdue list.</summary>
public sealed class ActionCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var group = new Command("action", "The action log: raise, update, close and list actions (references such as 'CSC 10/01')");
        foreach (var c in new[] { Raise(), Update(), Close(), List() })
        {
            group.Subcommands.Add(c);
        }

        return [group];
    }

    private Command Raise()
    {
        var command = new Command("raise", "Raise an action at a meeting (referenced CSC 11/01, 11/02, ...), or record one from history with --reference");
        var meeting = new Option<string?>("--meeting") { Description = "The meeting that raised it, e.g. 'CSC 11'" };
        var reference = new Option<string?>("--reference") { Description = "Its reference from history, e.g. 'CSC 10/01' (its meeting need not be recorded)" };
        var owner = new Option<string>("--owner") { Description = "Who owns it: a party or a person", Required = true };
        var text = new Option<string>("--text") { Description = "The action", Required = true };
        var due = DateOption("--due", "When it is due");
        var refs = MeetingCommands.References("The modifications it concerns");
        foreach (var o in new Option[] { meeting, reference, owner, text, due, refs }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var action = await (await Runtime.MeetingsAsync(parse, ct)).RaiseActionAsync(parse.GetValue(meeting),
                parse.GetValue(reference) is { } r ? ActionReference.Parse(r) : null, parse.GetValue(owner)!, parse.GetValue(text)!,
                parse.GetValue(due), MeetingCommands.Ids(parse.GetValue(refs)), Runtime.Actor(parse, ActorRole.Secas), ct);
            Report(parse, action, $"Action {action.Reference} raised (owner {action.Owner}): {action.Text}");
        });
    }

    private Command Update()
    {
        var command = ActionCommand("update", "Record an update on an open action, given at a later meeting");
        var meeting = new Option<string>("--meeting") { Description = "The meeting where it was given, e.g. 'CSC 11'", Required = true };
        var text = new Option<string>("--text") { Description = "The update, e.g. 'An update was provided ...'", Required = true };
        command.Options.Add(meeting);
        command.Options.Add(text);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var action = await (await Runtime.MeetingsAsync(parse, ct)).UpdateActionAsync(parse.GetValue(ActionArgument(command))!,
                parse.GetValue(meeting)!, parse.GetValue(text)!, Runtime.Actor(parse, ActorRole.Secas), ct);
            Report(parse, action, $"Action {action.Reference} updated at {action.Updates[^1].Meeting}; still {action.Status}.");
        });
    }

    private Command Close()
    {
        var command = ActionCommand("close", "Close an open action at a meeting");
        var meeting = new Option<string>("--meeting") { Description = "The meeting that closed it, e.g. 'CSC 12'", Required = true };
        var text = new Option<string?>("--text") { Description = "A closing note" };
        command.Options.Add(meeting);
        command.Options.Add(text);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var action = await (await Runtime.MeetingsAsync(parse, ct)).CloseActionAsync(parse.GetValue(ActionArgument(command))!,
                parse.GetValue(meeting)!, parse.GetValue(text), Runtime.Actor(parse, ActorRole.Secas), ct);
            Report(parse, action, $"Action {action.Reference} closed on {Render.Date(action.ClosedOn)}.");
        });
    }

    private Command List()
    {
        var command = new Command("list", "List the action log");
        var open = new Option<bool>("--open") { Description = "Only open actions" };
        var overdue = new Option<bool>("--overdue") { Description = "Only open actions past their due date" };
        var asOf = DateOption("--as-of", "The day overdue is judged on (default: today)");
        foreach (var o in new Option[] { open, overdue, asOf }) command.Options.Add(o);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            if (parse.GetValue(asOf) is not null && !parse.GetValue(overdue))
            {
                throw DomainException.Invalid("--as-of goes with --overdue: the day overdue actions are judged on.");
            }

            var overdueAsOf = parse.GetValue(overdue) ? parse.GetValue(asOf) ?? Runtime.Today : (NodaTime.LocalDate?)null;
            var actions = await (await Runtime.MeetingsAsync(parse, ct)).ActionsAsync(parse.GetValue(open), overdueAsOf, ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, actions);
            else MeetingRender.ActionTable(Runtime.Console, actions);
        });
    }

    private static Command ActionCommand(string name, string description)
    {
        var command = new Command(name, description);
        command.Arguments.Add(new Argument<string>("reference") { Description = "The action, e.g. 'CSC 10/01'" });
        return command;
    }

    private static Argument<string> ActionArgument(Command command) => (Argument<string>)command.Arguments[0];

    private void Report(ParseResult parse, ActionItem action, string line)
    {
        if (Runtime.Json(parse)) Render.Json(Runtime.Output, ActionView.Of(action));
        else Runtime.Output.WriteLine(line);
    }
}
