using System.CommandLine;
using System.Text.Json;
using SecChange.Application.Exchange;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Cli.Rendering;
using SecChange.Domain;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;

namespace SecChange.Cli.Commands;

/// <summary>Export and import of the whole register as one JSON document, and rebuilding the list rows from the events.</summary>
public sealed class ExchangeCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var export = new Command("export", "Export the whole register (parties, releases, every event) as JSON, read from one consistent snapshot");
        var exportFile = new Argument<string>("file") { Description = "Where to write it ('-' for standard output)" };
        export.Arguments.Add(exportFile);
        yield return WithAction(export, GlobalUse.Register, async (parse, ct) =>
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
            Runtime.Output.WriteLine($"Exported {Words.Count(document.Modifications.Count, "modification")}, {Words.Count(document.Modifications.Sum(m => m.Events.Count), "event")} to {file}");
        });

        var import = new Command("import",
            "Import a register JSON file; every history is replayed through the process rules, all or nothing. " +
            "A party, person, release, calendar override or Change Board member already held with other details is a conflict unless --replace");
        var importFile = new Argument<string>("file") { Description = "The file to read" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Run every check of the import against this register, then write nothing" };
        var replace = new Option<bool>("--replace") { Description = "Overwrite parties, people, releases, calendar overrides and Change Board members that differ" };
        import.Arguments.Add(importFile);
        import.Options.Add(dryRun);
        import.Options.Add(replace);
        yield return WithAction(import, Acts, async (parse, ct) =>
        {
            var file = parse.GetValue(importFile)!;
            var document = await RegisterDocumentReader.ReadFileAsync(file, ct);
            var options = new ImportOptions(parse.GetValue(dryRun), parse.GetValue(replace));
            var summary = await (await Runtime.ServiceAsync<RegisterExchange>(parse, ct)).ImportAsync(document, Runtime.Actor(parse, ActorRole.Secas), options, ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, summary);
            else if (options.DryRun) Runtime.Output.WriteLine($"{file} is valid: {Words.Count(summary.Modifications, "modification")}, {Words.Count(summary.Events, "event")}. Nothing was written.");
            else Runtime.Output.WriteLine($"Imported {Words.Count(summary.Modifications, "modification")}, {Words.Count(summary.Parties, "party", "parties")} and {Words.Count(summary.Releases, "release")} from {file}.");
        });

        var reproject = new Command("reproject", "Rebuild every modification's list row from its events (after a change to the rules or the projection); audited");
        yield return WithAction(reproject, Acts, async (parse, ct) =>
        {
            var result = await (await Runtime.ServiceAsync<Reprojection>(parse, ct)).RunAsync(Runtime.Actor(parse, ActorRole.Secas), ct);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, result);
            else Runtime.Output.WriteLine($"Rebuilt the list rows of {result.Modifications} modifications from their events; {result.Changed} changed.");
        });
    }
}
