using System.CommandLine;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>Refinement Consultations and Modification Report Consultations.</summary>
public sealed class ConsultationCommands(CliRuntime runtime) : StepCommands(runtime)
{
    private static readonly Dictionary<string, ConsultationKind> Kinds = new()
    {
        ["mrc"] = ConsultationKind.ModificationReport, ["report"] = ConsultationKind.ModificationReport,
    };

    public override IEnumerable<Command> Build()
    {
        var group = new Command("consultation", "Refinement and Modification Report Consultations");
        var openKind = EnumOption("--kind", "Which consultation", required: true, aliases: Kinds);
        var closes = DateOption("--closes", "The closing date", required: true);
        group.Subcommands.Add(Step("open", "Open a consultation (--on is the opening date)", ActorRole.Secas,
            p => new ConsultationOpened(p.GetValue(openKind)!.Value, p.GetValue(closes)!.Value), openKind, closes));
        var closeKind = EnumOption("--kind", "Which consultation", required: true, aliases: Kinds);
        group.Subcommands.Add(Step("close", "Close an open consultation", ActorRole.Secas,
            p => new ConsultationClosed(p.GetValue(closeKind)!.Value), closeKind));
        return [group];
    }
}
