using System.CommandLine;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>The lifecycle steps of SEC Section D, from the CSC's outcome to a referral or appeal.</summary>
public sealed class ProcessCommands(CliRuntime runtime) : StepCommands(runtime)
{
    private static readonly Dictionary<string, ModificationPath> PathNumbers = new()
    {
        ["1"] = ModificationPath.AuthorityLed, ["2"] = ModificationPath.AuthorityDetermination, ["3"] = ModificationPath.SelfGovernance,
    };

    private static readonly Dictionary<string, ModificationRoute> RouteShort = new()
    {
        ["refinement"] = ModificationRoute.RefinementProcess, ["report"] = ModificationRoute.ReportPhase,
    };

    public override IEnumerable<Command> Build()
    {
        var cscOutcome = EnumOption<CscOutcome>("--outcome", "The CSC's outcome", required: true,
            aliases: new Dictionary<string, CscOutcome> { ["further-development"] = CscOutcome.FurtherDevelopmentRequired });
        var cscRoute = EnumOption("--route", "The route the CSC recommends (with ready-to-convert)", aliases: RouteShort);
        var meeting = new Option<string?>("--meeting") { Description = "The meeting, e.g. 'CSC 11'" };
        yield return Step("csc-outcome", "Record the Change Sub-Committee's outcome on a Draft Proposal", ActorRole.ChangeSubCommittee,
            p => new CscOutcomeRecorded(p.GetValue(cscOutcome)!.Value, p.GetValue(cscRoute) ?? ModificationRoute.None, p.GetValue(meeting)),
            cscOutcome, cscRoute, meeting);

        var path = EnumOption("--path", "The Path: 1 Authority-led, 2 Authority Determination, 3 Self-Governance", required: true, aliases: PathNumbers);
        var route = EnumOption("--route", "The route", required: true, aliases: RouteShort);
        var fastTrack = new Option<bool>("--fast-track") { Description = "A Fast-Track Modification (Panel-raised only)" };
        var urgent = new Option<bool>("--urgent") { Description = "An Urgent Modification (timetable agreed with the Authority)" };
        yield return Step("convert", "The Panel converts a Draft Proposal into a Modification Proposal", ActorRole.Panel,
            p => new ConvertedToModificationProposal(p.GetValue(path)!.Value, p.GetValue(route)!.Value, p.GetValue(fastTrack), p.GetValue(urgent)),
            path, route, fastTrack, urgent);

        var to = EnumOption("--to", "The route to move to", required: true, aliases: RouteShort);
        yield return Step("route", "The Panel moves a proposal to the Report Phase or back to the Refinement Process", ActorRole.Panel,
            p => new RouteChanged(p.GetValue(to)!.Value), to);

        var recommended = EnumOption("--to", "The route recommended to the Panel", required: true, aliases: RouteShort);
        yield return Step("recommend", "Recommend that the Panel move a proposal to the other route (the Change Status Report lists it)", ActorRole.Secas,
            p => new ProgressionRecommended(p.GetValue(recommended)!.Value), recommended);

        var adHoc = new Option<bool>("--ad-hoc") { Description = "An ad-hoc meeting rather than the monthly one" };
        var summary = new Option<string?>("--summary") { Description = "What was discussed" };
        yield return Step("wg-meeting", "Record a Working Group meeting that discussed the proposal", ActorRole.Secas,
            p => new WorkingGroupMeetingHeld(p.GetValue(adHoc) ? WorkingGroupMeetingKind.AdHoc : WorkingGroupMeetingKind.Monthly, p.GetValue(summary)),
            adHoc, summary);

        var report = new Command("report", "The Modification Report's approval, and the documents generated from the register (status report, Modification Report, minutes, consultation summaries)");
        report.Subcommands.Add(Step("approve", "The CSC approves the Modification Report for consultation", ActorRole.ChangeSubCommittee,
            _ => new ModificationReportApproved()));
        foreach (var document in new DocumentCommands(Runtime).Build().Append(new StatusReportCommand(Runtime).Build().Single()))
        {
            report.Subcommands.Add(document);
        }

        yield return report;

        yield return Decision("vote", "Record the Change Board's vote: a decision under Self-Governance, else a recommendation to the Authority",
            DecidingBody.ChangeBoard, ActorRole.ChangeBoard, allowSendBack: false);
        yield return Decision("panel-decision", "Record the Panel's decision on a Fast-Track Modification", DecidingBody.Panel, ActorRole.Panel,
            allowSendBack: false);
        yield return Decision("authority-decision", "Record the Authority's decision (approve, reject or send back)", DecidingBody.Authority,
            ActorRole.Authority, allowSendBack: true);

        var referBy = new Option<string?>("--raised-by") { Description = "The Party that raises it" };
        yield return Step("refer", "Refer a Self-Governance decision to the Panel (within the referral window)", ActorRole.Party,
            p => new DecisionChallenged(DecidingBody.Panel, p.GetValue(referBy)), referBy);
        var appealBy = new Option<string?>("--raised-by") { Description = "The Party that raises it" };
        yield return Step("appeal", "Appeal a Self-Governance decision to the Authority (within the appeal window)", ActorRole.Party,
            p => new DecisionChallenged(DecidingBody.Authority, p.GetValue(appealBy)), appealBy);

        var determined = EnumOption<DecisionOutcome>("--outcome", "The determination", required: true);
        yield return Step("determine", "Record the Panel's determination of a referral or the Authority's of an appeal (use --as panel|authority)",
            ActorRole.Panel, p => new ChallengeDetermined(p.GetValue(determined)!.Value), determined);

        yield return Step("withdraw", "The Proposer withdraws the proposal before a decision (give --reason)", ActorRole.Proposer,
            _ => new Withdrawn());

        var state = EnumOption<ModificationState>("--state", "The state the document shows", required: true);
        var source = new Option<string>("--source") { Description = "The document, e.g. 'Change Status Report, August 2020'", Required = true };
        yield return Step("history", "Record the state a published document shows for a modification entered from history", ActorRole.Secas,
            p => new HistoryObserved(p.GetValue(state)!.Value, p.GetValue(source)!), state, source);
    }

    private Command Decision(string name, string description, DecidingBody body, ActorRole role, bool allowSendBack)
    {
        var fromBallot = body == DecidingBody.ChangeBoard;
        var outcome = EnumOption<DecisionOutcome>("--outcome",
            fromBallot ? "The decision (default: what the open ballot's tally says)" : allowSendBack ? "The decision" : "The decision (approve or reject)",
            required: !fromBallot);
        var release = new Option<string?>("--release") { Description = "On approval, also approve it for this SEC Release" };
        var part = new Option<string?>("--part") { Description = "The part, when a change is split across releases" };
        return Step(name, description, role, (p, service, call, ct) => service.RecordDecisionAsync(call.Reference, body, p.GetValue(outcome),
            p.GetValue(release), p.GetValue(part), call.On, call.By, call.Reason, call.IfVersion, ct), outcome, release, part);
    }
}
