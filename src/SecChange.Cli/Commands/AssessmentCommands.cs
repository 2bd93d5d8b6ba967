using System.CommandLine;
using SecChange.Application.Calendar;
using SecChange.Application.Queries;
using SecChange.Application.Views;
using SecChange.Cli.Rendering;
using SecChange.Domain;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>DCC Preliminary and Impact Assessments: request, accept, return, pause, resume, revise, and the register-wide list.</summary>
public sealed class AssessmentCommands(CliRuntime runtime) : StepCommands(runtime)
{
    private static readonly Dictionary<string, AssessmentKind> Kinds = new()
    {
        ["pa"] = AssessmentKind.Preliminary, ["ia"] = AssessmentKind.Impact,
    };

    public override IEnumerable<Command> Build()
    {
        var group = new Command("assessment", "DCC Preliminary (PA) and Impact (IA) Assessments");

        var kind = EnumOption("--kind", "PA or IA", required: true, aliases: Kinds);
        var id = new Option<string?>("--id") { Description = "The assessment's id (default: PA1, PA2, IA1, ... in order)" };
        var target = new Option<int?>("--target-wd") { Description = "Target in Working Days (default: the code's, PA 15, IA 40)" };
        var approved = DateOption("--cb-approved-on", "When the Change Board approved the IA request and its cost");
        group.Subcommands.Add(Step("request", "Request a DCC assessment", ActorRole.Secas,
            (p, service, call, ct) => service.RequestAssessmentAsync(call.Reference, p.GetValue(kind)!.Value, p.GetValue(id), p.GetValue(target),
                p.GetValue(approved), call.On, call.By, call.Reason, call.IfVersion, ct),
            kind, id, target, approved));

        group.Subcommands.Add(Step("defer", "Record that the Change Board deferred an Impact Assessment request", ActorRole.ChangeBoard,
            _ => new ImpactAssessmentRequestDeferred()));
        group.Subcommands.Add(WithId("accept", "Record the DCC's acceptance of an assessment request", a => new AssessmentAccepted(a)));
        group.Subcommands.Add(WithId("return", "Record the DCC's return of an assessment", a => new AssessmentReturned(a)));
        group.Subcommands.Add(WithId("pause", "Pause an assessment for clarification", a => new AssessmentPaused(a)));
        group.Subcommands.Add(WithId("resume", "Resume a paused assessment", a => new AssessmentResumed(a)));

        var agreed = DateOption("--agreed-date", "The revised return date agreed with the DCC", required: true);
        var reviseId = new Argument<string>("assessment") { Description = "The assessment, e.g. PA1" };
        group.Subcommands.Add(Step("revise", "Agree a revised return date with a reason (--reason)", ActorRole.Dcc,
            p => new AssessmentDateRevised(p.GetValue(reviseId)!, p.GetValue(agreed)!.Value), reviseId, agreed));

        group.Subcommands.Add(ListCommand());
        return [group];
    }

    private Command WithId(string name, string description, Func<string, ModificationChange> change)
    {
        var assessment = new Argument<string>("assessment") { Description = "The assessment, e.g. PA1" };
        return Step(name, description, ActorRole.Dcc, p => change(p.GetValue(assessment)!), assessment);
    }

    private Command ListCommand()
    {
        var command = new Command("list", "Open and returned assessments across the register, as the Change Status Report lists them");
        var asAt = AsAtRuntime.AsAtOption(oldName: "--as-of");
        var open = new Option<bool>("--open") { Description = "Only open assessments" };
        command.Options.Add(asAt);
        command.Options.Add(open);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var queries = await Runtime.AsAtAsync(parse, ct);
            var date = parse.GetValue(asAt) ?? Runtime.Today;
            var rows = await queries.AssessmentsAsync(parse.GetValue(open), date, ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, rows);
                return;
            }

            var table = Render.Table("Modification", "Assessment", "Type", "Status", "Accepted", "Returned", "Target", "Duration");
            foreach (var (reference, v) in rows)
            {
                table.Row(reference, v.Id, v.Kind.Abbreviation(), v.Status, v.AcceptedOn, v.ReturnedOn,
                    v.TargetWorkingDays > 0 ? $"{v.TargetWorkingDays} WD" : "", v.DurationWorkingDays is { } d ? $"{d} WD" : "");
            }

            Runtime.Console.Write(table);
            Runtime.Output.WriteLine($"{Words.Count(rows.Count, "assessment")} as at the end of {Render.Date(date)}; durations in Working Days to that day");
        });
    }
}
