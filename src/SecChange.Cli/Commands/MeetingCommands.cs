using System.CommandLine;
using SecChange.Application.Meetings;
using SecChange.Cli.Rendering;
using SecChange.Domain;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>Meetings of the Panel, the Change Sub-Committee, the Change Board, Working Groups and sub-committees, as minuted.</summary>
public sealed class MeetingCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    private static readonly Dictionary<string, CscOutcome> CscOutcomeAliases = new() { ["further-development"] = CscOutcome.FurtherDevelopmentRequired };

    private static readonly Dictionary<string, ModificationRoute> RouteAliases = new()
    {
        ["refinement"] = ModificationRoute.RefinementProcess, ["report"] = ModificationRoute.ReportPhase,
    };

    public override IEnumerable<Command> Build()
    {
        var group = new Command("meeting", "Meetings as minuted: attendees, apologies, agenda items and outcomes, actions, next meeting");
        foreach (var c in new[] { Create(), Attend(), Apology(), Item(), Outcome(), OtherBusiness(), Next(), ApproveMinutes(), Show(), List() })
        {
            group.Subcommands.Add(c);
        }

        return [group];
    }

    /// <summary>The body code for --body: csc, panel, change-board (cb), working-group (wg), or a sub-committee's code (ssc, tabasc, ...).</summary>
    public static string BodyCode(string text) => text.Trim().ToLowerInvariant() switch
    {
        "csc" or "change-sub-committee" => MeetingBodies.CodeOf(MeetingBody.ChangeSubCommittee),
        "panel" => MeetingBodies.CodeOf(MeetingBody.Panel),
        "change-board" or "cb" => MeetingBodies.CodeOf(MeetingBody.ChangeBoard),
        "working-group" or "wg" => MeetingBodies.CodeOf(MeetingBody.WorkingGroup),
        var other => MeetingBodies.CodeOf(MeetingBody.SubCommittee, other),
    };

    private Command Create()
    {
        var command = new Command("create", "Create a meeting; numbered after the body's last meeting unless --number");
        var body = new Option<string>("--body") { Description = "csc, panel, change-board, working-group, or a sub-committee's code (ssc, tabasc)", Required = true };
        var number = new Option<int?>("--number") { Description = "The meeting's number (for history), e.g. 11 for CSC 11" };
        var on = DateOption("--on", "The meeting's date", required: true);
        var from = MeetingRuntime.TimeOption("--from", "Start time");
        var to = MeetingRuntime.TimeOption("--to", "End time");
        var place = new Option<string?>("--place") { Description = "Where it is held" };
        var classification = EnumOption<Classification>("--classification", "Information classification (default: white)");
        foreach (var o in new Option[] { body, number, on, from, to, place, classification }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var meetings = await Runtime.MeetingsAsync(parse, ct);
            var meeting = await meetings.CreateAsync(BodyCode(parse.GetValue(body)!), parse.GetValue(number), parse.GetValue(on)!.Value,
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(place), parse.GetValue(classification) ?? Classification.White,
                Runtime.Actor(parse, ActorRole.Secas), ct);
            await ReportAsync(parse, meetings, meeting.Id.ToString(), $"{meeting.Id} created for {Render.Date(meeting.On)}.", ct);
        });
    }

    private Command Attend()
    {
        var command = MeetingCommand("attend", "Record an attendee: a member by --category, or a participant by --organisation");
        var name = new Option<string>("--name") { Description = "The attendee's name", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation represented, e.g. DCC or SECAS" };
        var category = new Option<string?>("--category") { Description = "The category a member represents, e.g. 'Large Suppliers'" };
        var role = new Option<string?>("--role") { Description = "A role such as Chair or Meeting Secretary" };
        var teleconference = new Option<bool>("--teleconference") { Description = "Attended by teleconference" };
        foreach (var o in new Option[] { name, organisation, category, role, teleconference }) command.Options.Add(o);
        return Change(command, parse =>
        {
            var attendee = new Attendee(parse.GetValue(name)!.Trim(), Blank(parse.GetValue(category)), Blank(parse.GetValue(organisation)),
                Blank(parse.GetValue(role)), parse.GetValue(teleconference));
            return (meetings, id, by, ct) => meetings.AttendAsync(id, attendee, by, ct);
        });
    }

    private Command Apology()
    {
        var command = MeetingCommand("apology", "Record apologies");
        var name = new Option<string>("--name") { Description = "Who sent apologies", Required = true };
        var representing = new Option<string>("--representing") { Description = "The category or organisation represented", Required = true };
        command.Options.Add(name);
        command.Options.Add(representing);
        return Change(command, parse =>
        {
            var apology = new Apology(parse.GetValue(name)!.Trim(), parse.GetValue(representing)!.Trim());
            return (meetings, id, by, ct) => meetings.ApologiseAsync(id, apology, by, ct);
        });
    }

    private Command Item()
    {
        var command = MeetingCommand("item", "Add a numbered agenda item, with the modifications it concerns");
        var number = new Option<int>("--number") { Description = "The item's number", Required = true };
        var title = new Option<string>("--title") { Description = "The item's title", Required = true };
        var refs = References("The modifications the item concerns, e.g. DP094");
        foreach (var o in new Option[] { number, title, refs }) command.Options.Add(o);
        return Change(command, parse =>
        {
            var ids = Ids(parse.GetValue(refs));
            return (meetings, id, by, ct) => meetings.AddItemAsync(id, parse.GetValue(number), parse.GetValue(title)!, ids, by, ct);
        });
    }

    private Command Outcome()
    {
        var command = MeetingCommand("outcome", "Record an outcome on an agenda item; with --csc-outcome it also records the CSC's outcome on the modification");
        var item = new Option<int>("--item") { Description = "The agenda item's number", Required = true };
        var kind = EnumOption<OutcomeKind>("--kind", "How the body concluded", required: true);
        var text = new Option<string>("--text") { Description = "The outcome as the minutes word it, after the capitalised verb", Required = true };
        var reference = new Option<string?>("--ref") { Description = "The modification it is about (one of the item's)" };
        var csc = EnumOption("--csc-outcome", "The CSC's process outcome to record on the modification", aliases: CscOutcomeAliases);
        var route = EnumOption("--route", "The route recommended with ready-to-convert", aliases: RouteAliases);
        foreach (var o in new Option[] { item, kind, text, reference, csc, route }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var meetings = await Runtime.MeetingsAsync(parse, ct);
            var id = parse.GetValue(MeetingArgument(command))!;
            var outcome = new ItemOutcome(parse.GetValue(kind)!.Value, parse.GetValue(text)!,
                parse.GetValue(reference) is { } r ? ModificationId.Parse(r) : null,
                parse.GetValue(csc), parse.GetValue(route));
            var meeting = await meetings.RecordOutcomeAsync(id, parse.GetValue(item), outcome, Runtime.Actor(parse, ActorRole.ChangeSubCommittee), ct);
            await ReportAsync(parse, meetings, meeting.Id.ToString(),
                $"{meeting.Id} item {parse.GetValue(item)}: {outcome.Kind.ToString().ToUpperInvariant()} {outcome.Text.Trim()}" +
                (outcome.Step is null ? "" : $" (recorded on {outcome.Modification!.Value.Display(false)})"), ct);
        });
    }

    private Command OtherBusiness()
    {
        var command = MeetingCommand("aob", "Record any other business");
        var text = new Option<string>("--text") { Description = "What was raised, e.g. 'There was no further business'", Required = true };
        command.Options.Add(text);
        return Change(command, parse => (meetings, id, by, ct) => meetings.AddOtherBusinessAsync(id, parse.GetValue(text)!, by, ct));
    }

    private Command Next()
    {
        var command = MeetingCommand("next", "Record the next meeting's date");
        var on = DateOption("--on", "The next meeting's date", required: true);
        command.Options.Add(on);
        return Change(command, parse => (meetings, id, by, ct) => meetings.ScheduleNextAsync(id, parse.GetValue(on)!.Value, by, ct));
    }

    private Command Show()
    {
        var command = MeetingCommand("show", "Read a meeting back whole, like its minutes");
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var view = await (await Runtime.MeetingsAsync(parse, ct)).ShowAsync(parse.GetValue(MeetingArgument(command))!, ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, view);
            else MeetingRender.Minutes(Runtime.Console, view);
        });
    }

    private Command List()
    {
        var command = new Command("list", "List meetings, oldest first, with their paper deadlines");
        var body = new Option<string?>("--body") { Description = "Only this body: csc, panel, change-board, working-group or a sub-committee's code" };
        var asAt = AsAtRuntime.AsAtOption();
        command.Options.Add(body);
        command.Options.Add(asAt);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var rows = await (await Runtime.MeetingsAsync(parse, ct)).ListAsync(parse.GetValue(body) is { } b ? BodyCode(b) : null, parse.GetValue(asAt), ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, rows);
                return;
            }

            var table = Render.Table("Meeting", "Date", "Time", "Place", "Papers by", "Attendees", "Items", "Next meeting");
            foreach (var m in rows) table.Row(m.Id, m.On, MeetingRender.Times(m.From, m.To), m.Place, m.PaperDeadline, m.Attendees, m.Items, m.NextMeetingOn);
            Runtime.Console.Write(table);
            Runtime.Console.WriteLine($"{Words.Count(rows.Count, "meeting")}{(parse.GetValue(asAt) is { } day ? $" held by the end of {Render.Date(day)}" : "")}");
        });
    }

    private Command ApproveMinutes()
    {
        var command = MeetingCommand("approve-minutes", "Record that the body approved these minutes at a later meeting (they are a draft until then)");
        var at = new Option<string>("--at") { Description = "The later meeting that approved them, e.g. 'CSC 12'", Required = true };
        command.Options.Add(at);
        return Change(command, parse => (meetings, id, by, ct) => meetings.ApproveMinutesAsync(id, parse.GetValue(at)!, by, ct));
    }

    private static Command MeetingCommand(string name, string description)
    {
        var command = new Command(name, description);
        command.Arguments.Add(new Argument<string>("meeting") { Description = "The meeting, e.g. 'CSC 11'" });
        return command;
    }

    private static Argument<string> MeetingArgument(Command command) => (Argument<string>)command.Arguments[0];

    /// <summary>A change to a meeting's record, made and audited in one transaction, then reported.</summary>
    private Command Change(Command command, Func<ParseResult, Func<MeetingService, string, Actor, CancellationToken, Task<MeetingChange>>> change) =>
        WithAction(command, Acts, async (parse, ct) =>
        {
            var meetings = await Runtime.MeetingsAsync(parse, ct);
            var (meeting, summary) = await change(parse)(meetings, parse.GetValue(MeetingArgument(command))!, Runtime.Actor(parse, ActorRole.Secas), ct);
            await ReportAsync(parse, meetings, meeting.Id.ToString(), $"{meeting.Id}: {summary}.", ct);
        });

    private async Task ReportAsync(ParseResult parse, MeetingService meetings, string id, string line, CancellationToken ct)
    {
        if (Runtime.Json(parse)) Render.Json(Runtime.Output, await meetings.ShowAsync(id, ct));
        else Runtime.Output.WriteLine(line);
    }

    internal static Option<string[]> References(string description) => new("--ref")
    {
        Description = description + " (repeat or comma-separate)",
        AllowMultipleArgumentsPerToken = true,
    };

    internal static IReadOnlyList<ModificationId> Ids(string[]? references) =>
        (references ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(ModificationId.Parse).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
