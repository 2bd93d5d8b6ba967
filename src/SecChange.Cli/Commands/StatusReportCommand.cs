using System.CommandLine;
using SecChange.Documents.StatusReport;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>`report status`: the Change Status Report for the register as it stood at the end of a date, as every document command writes it.</summary>
public sealed class StatusReportCommand(CliRuntime runtime) : CommandGroup(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var command = new Command("status", "The Change Status Report for the register as it stood at the end of a date");
        var asAt = DateOption("--as-at", "The report's date (default: today)");
        command.Options.Add(asAt);
        yield return new DocumentCommands(Runtime).DocumentCommand(command, async (parse, reader, ct) =>
        {
            var date = parse.GetValue(asAt) ?? Runtime.Today;
            var documents = await Runtime.ServiceAsync<ChangeStatusReportDocuments>(parse, ct);
            return (await documents.BuildAsync(reader, date, ct), ChangeStatusReportDocuments.FileStem(date));
        });
    }
}
