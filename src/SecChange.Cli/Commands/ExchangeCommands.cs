using System.CommandLine;
using System.Text.Json;
using SecChange.Application.Exchange;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Cli.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;

namespace SecChange.Cli.Commands;

/// <summary>Export and import of the whole register as one JSON document.</summary>
public sealed class ExchangeCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var export = new Command("export", "Export the whole register (parties, releases, every event) as JSON");
        var exportFile = new Argument<string>("file") { Description = "Where to write it ('-' for standard output)" };
        export.Arguments.Add(exportFile);
        yield return WithAction(export, async (parse, ct) =>
        {
            var document = await (await Runtime.ServiceAsync<RegisterExchange>(parse, ct)).ExportAsync(ct);
            var json = JsonSerializer.Serialize(document, RegisterJson.Indented);
            var file = parse.GetValue(exportFile)!;
            if (file == "-")
            {
                await Runtime.Output.WriteLineAsync(json);
                return;
            }

            // Write beside the target and move it into place, so a failure never leaves half a file.
            var full = Path.GetFullPath(file);
            var temp = full + ".tmp";
            await File.WriteAllTextAsync(temp, json, ct);
            File.Move(temp, full, overwrite: true);
            Runtime.Output.WriteLine($"Exported {document.Modifications.Count} modifications, {document.Modifications.Sum(m => m.Events.Count)} events to {file}");
        });

        var import = new Command("import", "Import a register JSON file; every history is replayed through the process rules, all or nothing");
        var importFile = new Argument<string>("file") { Description = "The file to read" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file without writing anything" };
        import.Arguments.Add(importFile);
        import.Options.Add(dryRun);
        yield return WithAction(import, async (parse, ct) =>
        {
            var file = parse.GetValue(importFile)!;
            var document = await RegisterDocumentReader.ReadFileAsync(file, ct);
            var service = await Runtime.ServiceAsync<RegisterExchange>(parse, ct);
            if (parse.GetValue(dryRun))
            {
                var replayed = await service.CheckAsync(document, ct);
                Runtime.Output.WriteLine($"{file} is valid: {replayed.Count} modifications, {replayed.Sum(m => m.Version)} events. Nothing was written.");
                return;
            }

            var count = await service.ImportAsync(document, Runtime.Actor(parse, ActorRole.Secas), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, new { imported = count });
            else Runtime.Output.WriteLine($"Imported {count} modifications, {document.Parties.Count} parties and {document.Releases.Count} releases from {file}.");
        });
    }
}
