using System.CommandLine;
using System.Globalization;
using SecChange.Application.Consultations;
using SecChange.Cli.Rendering;
using SecChange.Domain;
using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>Refinement and Modification Report Consultations: questions, responses and their summary.</summary>
public sealed class ConsultationCommands(CliRuntime runtime) : StepCommands(runtime)
{
    /// <summary>The short names a consultation kind also answers to (--kind mrc).</summary>
    internal static readonly Dictionary<string, ConsultationKind> Kinds = new()
    {
        ["mrc"] = ConsultationKind.ModificationReport, ["report"] = ConsultationKind.ModificationReport,
    };

    public override IEnumerable<Command> Build()
    {
        var group = new Command("consultation", "Refinement and Modification Report Consultations");
        var openKind = EnumOption("--kind", "Which consultation", required: true, aliases: Kinds);
        var closes = DateOption("--closes", "The closing date", required: true);
        var questions = new Option<string[]>("--question") { Description = "A question Parties are asked (repeat for each, in order)" };
        group.Subcommands.Add(Step("open", "Open a consultation (--on is the opening date)", ActorRole.Secas,
            p => new ConsultationOpened(p.GetValue(openKind)!.Value, p.GetValue(closes)!.Value,
                p.GetValue(questions) is { Length: > 0 } q ? q : null), openKind, closes, questions));
        var closeKind = EnumOption("--kind", "Which consultation", required: true, aliases: Kinds);
        group.Subcommands.Add(Step("close", "Close an open consultation", ActorRole.Secas,
            p => new ConsultationClosed(p.GetValue(closeKind)!.Value), closeKind));
        var planKind = EnumOption("--kind", "Which consultation", required: true, aliases: Kinds);
        var week = DateOption("--week-commencing", "The Monday of the week it is expected to be issued in", required: true);
        group.Subcommands.Add(Step("plan", "Say in which week a consultation is expected to be issued (the Change Status Report lists it)", ActorRole.Secas,
            p => new ConsultationPlanned(p.GetValue(planKind)!.Value, p.GetValue(week)!.Value), planKind, week));
        group.Subcommands.Add(Respond());
        group.Subcommands.Add(Summary());
        return [group];
    }

    private Command Respond()
    {
        var command = new Command("respond", "Record a Party's response: --answer 1=agree:\"why\" per question (unanswered counts as neutral)");
        var reference = new Argument<string>("reference") { Description = "The modification" };
        var kind = EnumOption("--kind", "Which consultation", required: true, aliases: Kinds);
        var respondent = new Option<string>("--respondent") { Description = "The responding Party", Required = true };
        var category = EnumOption<PartyCategory>("--category", "Its category (default: from the party register)");
        var answers = new Option<string[]>("--answer") { Description = "N=agree|disagree|neutral[:text] for question N (repeat)" };
        var costs = new Option<string?>("--costs") { Description = "The costs the Party expects" };
        var confidential = new Option<bool>("--confidential") { Description = "Counted, but not published with the respondent's name" };
        var late = new Option<bool>("--late") { Description = "Received after the consultation closed (kept and flagged)" };
        var on = DateOption("--on", "When it was received (default: today)");
        command.Arguments.Add(reference);
        foreach (var o in new Option[] { kind, respondent, category, answers, costs, confidential, late, on }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ConsultationService>(parse, ct);
            var result = await service.RecordResponseAsync(parse.GetValue(reference)!, parse.GetValue(kind)!.Value, parse.GetValue(respondent)!,
                parse.GetValue(category), (parse.GetValue(answers) ?? []).Select(ParseAnswer).ToList(), parse.GetValue(costs),
                parse.GetValue(confidential), parse.GetValue(late), parse.GetValue(on) ?? Runtime.Today, Runtime.Actor(parse, ActorRole.Secas), ct);
            Report(parse, result);
        });
    }

    private Command Summary()
    {
        var command = new Command("summary", "Summarise the responses per question, overall and by party category");
        var reference = new Argument<string>("reference") { Description = "The modification" };
        var kind = EnumOption("--kind", "Which consultation", required: true, aliases: Kinds);
        var confidential = new Option<bool>("--include-confidential") { Description = "Name confidential respondents (only when acting as SECAS: --as secas)" };
        command.Arguments.Add(reference);
        command.Options.Add(kind);
        command.Options.Add(confidential);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ConsultationService>(parse, ct);
            var report = await service.SummaryAsync(parse.GetValue(reference)!, parse.GetValue(kind)!.Value, Runtime.Actor(parse, ActorRole.Party),
                parse.GetValue(confidential), ct);
            var (k, shown, summary) = (report.Kind, report.Consultation, report.Questions);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, new
                {
                    report.Reference, consultation = k, shown.OpenedOn, shown.Closes, shown.ClosedOn, respondents = shown.Responses.Count,
                    late = shown.Responses.Count(r => r.Late), questions = summary.Select(q => new
                    {
                        q.Question, q.Text, q.Agree, q.Disagree, q.Neutral, q.Sentence,
                        byCategory = q.ByCategory.ToDictionary(c => c.Key.ToString(), c => new { c.Value.Agree, c.Value.Disagree, c.Value.Neutral }),
                    }),
                    responses = shown.Responses,
                });
                return;
            }

            Runtime.Output.WriteLine($"{report.Reference} {k.Describe()}, {Render.Date(shown.OpenedOn)} to {Render.Date(shown.Closes)}: " +
                $"{Words.Count(shown.Responses.Count, "response")} ({shown.Responses.Count(r => r.Late)} late, {shown.Responses.Count(r => r.Confidential)} confidential)");
            foreach (var q in summary)
            {
                Runtime.Output.WriteLine($"Q{q.Question}. {q.Text}");
                Runtime.Output.WriteLine($"    {q.Sentence}");
                var table = Render.Table("Category", "Agree", "Disagree", "Neutral");
                foreach (var (cat, counts) in q.ByCategory) table.Row(cat, counts.Agree, counts.Disagree, counts.Neutral);
                table.Row("All respondents", q.Agree, q.Disagree, q.Neutral);
                Runtime.Console.Write(table);
            }

            var responses = Render.Table("Respondent", "Category", "Received", "Late", "Answers", "Costs");
            foreach (var r in shown.Responses)
            {
                responses.Row(r.Respondent, r.Category, r.ReceivedOn, r.Late ? "late" : "",
                    string.Join("; ", r.Answers.Select(a => $"Q{a.Question} {a.Position.ToString().ToLowerInvariant()}{(a.Text is null ? "" : $": {a.Text}")}")),
                    r.ExpectedCosts);
            }

            Runtime.Console.Write(responses);
        });
    }

    /// <summary>Parses "2=disagree:too costly" into question 2, disagree, "too costly".</summary>
    private static ConsultationAnswer ParseAnswer(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var position = eq < 0 ? "" : (colon > eq ? text[(eq + 1)..colon] : text[(eq + 1)..]).Trim();
        if (eq < 1 || !int.TryParse(text[..eq], NumberStyles.None, CultureInfo.InvariantCulture, out var question) ||
            !Enum.TryParse<AnswerPosition>(position, ignoreCase: true, out var p) || p == AnswerPosition.None || int.TryParse(position, out _))
        {
            throw DomainException.Invalid($"'{text}' is not an answer: use N=agree, N=disagree or N=neutral, optionally followed by :text.");
        }

        return new ConsultationAnswer(question, p, colon > eq ? text[(colon + 1)..].Trim() : null);
    }
}
