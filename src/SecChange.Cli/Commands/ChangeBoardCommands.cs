using System.CommandLine;
using SecChange.Application.ChangeBoard;
using SecChange.Application.Queries;
using SecChange.Application.Views;
using SecChange.Cli.Rendering;
using SecChange.Domain;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>Change Board members by Voting Group, votes on a modification's ballot, and the tally.</summary>
public sealed class ChangeBoardCommands(CliRuntime runtime) : StepCommands(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var board = new Command("board", "Change Board members by Voting Group, and their alternates");
        board.Subcommands.Add(AddMember());
        board.Subcommands.Add(ListMembers());
        yield return board;

        var ballot = new Command("ballot", "Change Board votes on a modification (an alternative is voted on as its own record)");
        ballot.Subcommands.Add(Cast());
        ballot.Subcommands.Add(Tally());
        yield return ballot;
    }

    private Command AddMember()
    {
        var command = new Command("add", "Add or update a Change Board member (or an alternate with --alternate-for)");
        var name = new Argument<string>("name") { Description = "The member's name" };
        var organisation = new Option<string>("--organisation") { Description = "Their organisation", Required = true };
        var group = EnumOption<VotingGroup>("--group", "Their Voting Group (an alternate takes their member's)");
        var alternateFor = new Option<string?>("--alternate-for") { Description = "The member this person stands in for" };
        command.Arguments.Add(name);
        foreach (var o in new Option[] { organisation, group, alternateFor }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ChangeBoardService>(parse, ct);
            var saved = await service.SaveChangeBoardMemberAsync(new ChangeBoardMember(parse.GetValue(name)!.Trim(), parse.GetValue(organisation)!.Trim(),
                parse.GetValue(group) ?? VotingGroup.None, parse.GetValue(alternateFor)?.Trim()), Runtime.Actor(parse, ActorRole.Secas), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, saved);
            else Runtime.Output.WriteLine($"{saved.Name} ({saved.Organisation}) sits in {saved.Group}{(saved.AlternateFor is null ? "" : $" as alternate for {saved.AlternateFor}")}.");
        });
    }

    private Command ListMembers()
    {
        var command = new Command("list", "List the Change Board members");
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var members = await (await Runtime.ServiceAsync<ChangeBoardService>(parse, ct)).ChangeBoardMembersAsync(ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, members);
                return;
            }

            var table = Render.Table("Voting Group", "Name", "Organisation", "Alternate for");
            foreach (var m in members.OrderBy(m => m.Group).ThenBy(m => m.AlternateFor is not null).ThenBy(m => m.Name))
            {
                table.Row(m.Group, m.Name, m.Organisation, m.AlternateFor);
            }

            Runtime.Console.Write(table);
        });
    }

    private Command Cast()
    {
        var command = new Command("cast", "Record a member's vote: approve, reject or abstain, with the rationale against the SEC Objectives");
        var reference = new Argument<string>("reference") { Description = "The modification (or alternative), e.g. MP102A" };
        var member = new Option<string>("--member") { Description = "Who votes: a member, or an alternate for their member's seat", Required = true };
        var position = EnumOption<VotePosition>("--position", "The vote", required: true);
        var rationale = new Option<string?>("--rationale") { Description = "Why, against the General SEC Objectives" };
        var objectives = ListOption("--objectives", "The SEC Objectives the rationale relies on, a-f");
        var on = DateOption("--on", "The Change Board meeting's date (default: today)");
        command.Arguments.Add(reference);
        foreach (var o in new Option[] { member, position, rationale, objectives, on }) command.Options.Add(o);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<ChangeBoardService>(parse, ct);
            Report(parse, await service.CastVoteAsync(parse.GetValue(reference)!, parse.GetValue(member)!, parse.GetValue(position)!.Value,
                parse.GetValue(rationale), parse.GetValue(objectives)?.Select(RegisterCommands.ParseObjective).ToList(),
                parse.GetValue(on) ?? Runtime.Today, Runtime.Actor(parse, ActorRole.ChangeBoard), ct));
        });
    }

    private Command Tally()
    {
        var command = new Command("tally", "Count the open ballot by Voting Group under the code's counting rule");
        var reference = new Argument<string>("reference") { Description = "The modification" };
        command.Arguments.Add(reference);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var ballot = await (await Runtime.ServiceAsync<ChangeBoardService>(parse, ct)).BallotAsync(parse.GetValue(reference)!, ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, new { ballot.Reference, tally = ballot.Tally, votes = ballot.Votes });
                return;
            }

            Write(ballot.Reference, ballot.Tally, ballot.Votes);
        });
    }

    private void Write(string reference, VoteTally tally, IReadOnlyList<Vote> votes)
    {
        var table = Render.Table("Voting Group", "Approve", "Reject", "Abstain", "Share approving");
        foreach (var g in tally.Groups)
        {
            table.Row(g.Group, g.Approve, g.Reject, g.Abstain, g.Share is { } s ? Render.Percent(s) : "-");
        }

        Runtime.Console.Write(table);
        var detail = Render.Table("Seat", "Cast by", "Vote", "Rationale");
        foreach (var v in votes) detail.Row(v.Seat, v.CastBy, v.Position, v.Rationale);
        Runtime.Console.Write(detail);
        Runtime.Output.WriteLine(
            $"{reference}: score {(tally.Score is { } score ? Render.Percent(score) : "none (no votes for or against)")} " +
            $"under {tally.Rule}, threshold above {Render.Percent(tally.Threshold)}: {(tally.Approved ? "APPROVE" : "REJECT")}. " +
            $"{Words.Count(tally.VotesCast, "vote")} cast, quorum {tally.Quorum}: {(tally.QuorumMet ? "quorate" : "NOT quorate")}.");
    }
}
