using System.CommandLine;
using SecChange.Application.Modifications;
using SecChange.Application.Queries;
using SecChange.Application.Register;
using SecChange.Application.Releases;
using SecChange.Cli.Rendering;
using SecChange.Domain;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>SEC Releases: the list, new releases, per-modification Targeted/Approved/Implemented, and the implementation-date rule.</summary>
public sealed class ReleaseCommands(CliRuntime runtime) : StepCommands(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var group = new Command("release", "SEC Releases");
        group.Subcommands.Add(List());
        group.Subcommands.Add(Add());

        var targetRelease = new Argument<string>("release") { Description = "The release id, e.g. 2021-11" };
        var targetPart = new Option<string?>("--part") { Description = "The part, when a change is split across releases" };
        group.Subcommands.Add(Step("target", "Target a modification at a release", ActorRole.Secas,
            p => new ReleaseTargeted(p.GetValue(targetRelease)!, p.GetValue(targetPart)), targetRelease, targetPart));
        var approveRelease = new Argument<string>("release") { Description = "The release id" };
        var approvePart = new Option<string?>("--part") { Description = "The part" };
        group.Subcommands.Add(Step("approve", "Approve an approved modification for implementation in a release", ActorRole.Secas,
            p => new ReleaseApproved(p.GetValue(approveRelease)!, p.GetValue(approvePart)), approveRelease, approvePart));
        group.Subcommands.Add(Implement());
        group.Subcommands.Add(Next());
        return [group];
    }

    private Command List()
    {
        var command = new Command("list", "List the SEC Releases with each one's progress and the modifications in it");
        var asAt = AsAtRuntime.AsAtOption();
        command.Options.Add(asAt);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var date = parse.GetValue(asAt) ?? Runtime.Today;
            var releases = await (await Runtime.AsAtAsync(parse, ct)).ReleasesAsync(date, ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, releases);
                return;
            }

            var table = Render.Table("Release", "Name", "Date", "Kind", "Carries", "Progress", "Targeted", "Approved", "Implemented");
            foreach (var (r, progress, contents) in releases)
            {
                string Of(ReleaseStatus s) => string.Join(", ", contents.Where(x => x.Status == s).Select(x => x.Part is null ? x.Reference : $"{x.Reference} {x.Part}"));
                table.Row(r.Id, r.Name, r.Date, r.Kind, (r.AcceptsDccSystemChanges ? "DCC " : "") + (r.AcceptsDuisChanges ? "DUIS" : ""),
                    Kebab(progress), Of(ReleaseStatus.Targeted), Of(ReleaseStatus.Approved), Of(ReleaseStatus.Implemented));
            }

            Runtime.Console.Write(table);
            Runtime.Output.WriteLine($"{Words.Count(releases.Count, "release")} as at the end of {Render.Date(date)}");
        });
    }

    private Command Add()
    {
        var command = new Command("add", "Define a SEC Release");
        var id = new Argument<string>("release") { Description = "Its id, e.g. 2023-06" };
        var name = new Option<string>("--name") { Description = "e.g. 'June 2023 SEC Release'", Required = true };
        var date = DateOption("--date", "Its implementation date", required: true);
        var kind = EnumOption<ReleaseKind>("--kind", "Scheduled or standalone", required: true);
        var dcc = new Option<bool>("--dcc") { Description = "Carries DCC System changes" };
        var duis = new Option<bool>("--duis") { Description = "Carries DUIS changes" };
        var dccScope = DateOption("--dcc-scope-baselined-on", "When its DCC System scope was baselined (about 12 months ahead)");
        var fullScope = DateOption("--full-scope-baselined-on", "When its full scope was baselined (about 6 months ahead)");
        command.Arguments.Add(id);
        foreach (var o in new Option[] { name, date, kind, dcc, duis, dccScope, fullScope }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ReleaseService>(parse, ct);
            var release = new Release(parse.GetValue(id)!.Trim(), parse.GetValue(name)!, parse.GetValue(date)!.Value, parse.GetValue(kind)!.Value,
                parse.GetValue(dcc), parse.GetValue(duis), parse.GetValue(dccScope), parse.GetValue(fullScope));
            await service.AddReleaseAsync(release, Runtime.Actor(parse, ActorRole.Secas), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, release);
            else Runtime.Output.WriteLine($"Release {release.Id} '{release.Name}' on {Render.Date(release.Date)} defined.");
        });
    }

    private Command Implement()
    {
        var command = new Command("implement", "Record implementation: every modification approved for the release, or one with --ref");
        var release = new Argument<string>("release") { Description = "The release id" };
        var reference = new Option<string?>("--ref") { Description = "Only this modification" };
        var part = new Option<string?>("--part") { Description = "The part (with --ref)" };
        var on = DateOption("--on", "When it went live (default: today)");
        command.Arguments.Add(release);
        foreach (var o in new Option[] { reference, part, on }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var date = parse.GetValue(on) ?? Runtime.Today;
            var actor = Runtime.Actor(parse, ActorRole.Secas);
            if (parse.GetValue(reference) is { } one)
            {
                Report(parse, await (await Runtime.ServiceAsync<ModificationService>(parse, ct)).TakeStepAsync(one,
                    new ReleaseImplemented(parse.GetValue(release)!, parse.GetValue(part)), date, actor, ct: ct));
                return;
            }

            var done = await (await Runtime.ServiceAsync<ReleaseService>(parse, ct)).ImplementReleaseAsync(parse.GetValue(release)!, date, actor, ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, done.Select(r => new { r.Reference, r.State, r.Stage, r.Version, events = r.Recorded }).ToList());
            else Runtime.Output.WriteLine($"Implemented in {parse.GetValue(release)} on {Render.Date(date)}: {string.Join(", ", done.Select(r => r.Reference))}");
        });
    }

    private Command Next()
    {
        var command = new Command("next", "Which release an approval on a date would target (the implementation-date rule)");
        var decided = DateOption("--decided-on", "The decision date", required: true);
        var lead = new Option<int?>("--lead-time-months") { Description = "The DCC's lead time (default: the code's, 9)" };
        var reference = new Option<string?>("--ref") { Description = "Take the lead time and impacts from this modification" };
        var dcc = new Option<bool>("--dcc") { Description = "The change impacts DCC Systems" };
        var duis = new Option<bool>("--duis") { Description = "The change impacts the DUIS" };
        foreach (var o in new Option[] { decided, lead, reference, dcc, duis }) command.Options.Add(o);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ReleaseService>(parse, ct);
            var date = parse.GetValue(decided)!.Value;
            var target = parse.GetValue(reference) is { } r
                ? await service.NextReleaseForAsync(r, date, parse.GetValue(lead), parse.GetValue(dcc), parse.GetValue(duis), ct)
                : await service.NextReleaseAsync(date, parse.GetValue(lead), parse.GetValue(dcc), parse.GetValue(duis), ct);
            var (months, release) = (target.LeadTimeMonths, target.Release);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, new { decidedOn = date, leadTimeMonths = months, release });
                return;
            }

            Runtime.Output.WriteLine(release is null
                ? $"No defined release can take a change approved on {Render.Date(date)}; define later releases with 'release add'."
                : $"Approved on {Render.Date(date)}: targets {release.Name} ({Render.Date(release.Date)}); its decision deadline is {Render.Date(ImplementationDateRule.DecisionDeadline(release, months))}.");
        });
    }
}
