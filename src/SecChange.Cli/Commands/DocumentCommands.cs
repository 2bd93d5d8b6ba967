using System.CommandLine;
using SecChange.Application.Accounts;
using SecChange.Application.Access;
using SecChange.Cli.Rendering;
using SecChange.Documents.Builders;
using SecChange.Documents.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using static SecChange.Cli.OptionParsers;
using Document = SecChange.Documents.Model.Document;

namespace SecChange.Cli.Commands;

/// <summary>
/// The documents generated from the register (`secchange report minutes|consultation|modification ...`), each for a reader
/// (--for, default the public) in a format (--format docx|pdf|html|md) to a file (--out). The documents are
/// built and rendered by SecChange.Documents; this only chooses them and writes the file.
/// </summary>
public sealed class DocumentCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    /// <summary>The document commands, added to the `report` command beside `report approve`.</summary>
    public override IEnumerable<Command> Build()
    {
        var minutes = new Command("minutes", "The minutes and action log of a meeting (DRAFT until approved at a later meeting)");
        var meeting = new Argument<string>("meeting") { Description = "The meeting, e.g. 'CSC 11'" };
        minutes.Arguments.Add(meeting);
        yield return DocumentCommand(minutes, async (parse, reader, ct) =>
        {
            var id = parse.GetValue(meeting)!;
            var builder = await Runtime.ServiceAsync<MinutesDocuments>(parse, ct);
            return (await builder.BuildAsync(reader, id, ct), MinutesDocuments.FileStem(id));
        });

        var consultation = new Command("consultation", "The summary of a consultation's responses, per question and respondent category");
        var reference = new Argument<string>("reference") { Description = "The modification, e.g. MP105" };
        var kind = EnumOption("--kind", "Which consultation", required: true, aliases: ConsultationCommands.Kinds);
        consultation.Arguments.Add(reference);
        consultation.Options.Add(kind);
        yield return DocumentCommand(consultation, async (parse, reader, ct) =>
        {
            var (modification, k) = (parse.GetValue(reference)!, parse.GetValue(kind)!.Value);
            var builder = await Runtime.ServiceAsync<ConsultationDocuments>(parse, ct);
            return (await builder.BuildAsync(reader, modification, k, Runtime.Today, ct), ConsultationDocuments.FileStem(modification, k));
        });

        var report = new Command("modification", "The Modification Report of a modification (DRAFT until the CSC approves it), as the register stood at the end of a date");
        var modificationReference = new Argument<string>("reference") { Description = "The modification, e.g. MP105" };
        var asAt = DateOption("--as-at", "The report's date (default: today)");
        report.Arguments.Add(modificationReference);
        report.Options.Add(asAt);
        yield return DocumentCommand(report, async (parse, reader, ct) =>
        {
            var modification = parse.GetValue(modificationReference)!;
            var builder = await Runtime.ServiceAsync<ModificationReportDocuments>(parse, ct);
            var document = await builder.BuildAsync(reader, modification, parse.GetValue(asAt) ?? Runtime.Today, ct);
            if (ModificationReportDocuments.UndefinedAcronyms(document) is { Count: > 0 } undefined)
            {
                Runtime.Error.WriteLine($"Note: acronyms the SEC glossary does not define, so the report's glossary leaves out: {string.Join(", ", undefined)}.");
            }

            return (document, ModificationReportDocuments.FileStem(modification));
        });
    }

    /// <summary>
    /// A document command: adds --format, --out and the reader options, builds the document for the reader, renders it and
    /// writes it whole (to a temporary file moved into place, so a failure never leaves half a file). Without --out, Markdown
    /// and HTML are printed and Word and PDF files are written to the current folder under the document's own name.
    /// </summary>
    public Command DocumentCommand(Command command, Func<ParseResult, Viewer, CancellationToken, Task<(Document Document, string FileStem)>> build)
    {
        var format = new Option<string>("--format") { Description = $"The file format [{OutputFormats.Names.Replace(" or ", ", ", StringComparison.Ordinal)}] (default: docx)", DefaultValueFactory = _ => "docx" };
        var output = new Option<string?>("--out") { Description = "The file to write (default: md and html are printed; docx and pdf go to ./<document>.<format>)" };
        var reader = EnumOption<ReaderRole>("--for", "Who the document is for: it holds only what they may see (default: public)");
        var organisation = new Option<string?>("--org") { Description = "The reader's organisation (AMBER records of it are included)" };
        var name = new Option<string?>("--name") { Description = "The reader's name (RED records naming them are included)" };
        foreach (var o in new Option[] { format, output, reader, organisation, name }) command.Options.Add(o);
        return WithAction(command, Reads, async (parse, ct) =>
        {
            var chosen = OutputFormats.Parse(parse.GetValue(format));
            var viewer = Reader(parse.GetValue(reader), parse.GetValue(name), parse.GetValue(organisation));
            var (document, stem) = await build(parse, viewer, ct);
            var renderer = await Runtime.ServiceAsync<DocumentRenderer>(parse, ct);
            RenderedDocument rendered;
            try
            {
                rendered = await renderer.RenderAsync(document, chosen, stem, ct);
            }
            catch (PdfPrinterUnavailableException ex)
            {
                throw DomainException.Invalid(ex.Message);
            }

            var path = parse.GetValue(output);
            if (path is null && chosen is OutputFormat.Markdown or OutputFormat.Html && !Runtime.Json(parse))
            {
                Runtime.Output.Write(System.Text.Encoding.UTF8.GetString(rendered.Content));
                return;
            }

            path ??= rendered.FileName;
            WriteWhole(path, rendered.Content);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, new
                {
                    file = path, format = chosen.Extension(), bytes = rendered.Content.Length, title = document.FullTitle, label = document.LabelText,
                    asAt = document.Provenance.AsAt, lastEvent = document.Provenance.LastEvent,
                });
                return;
            }

            Runtime.Output.WriteLine($"{document.FullTitle} ({document.LabelText}) written to {path} ({rendered.Content.Length:N0} bytes).");
        });
    }

    /// <summary>The reader a document is generated for; the public (an anonymous visitor) unless --for names a role.</summary>
    private static Viewer Reader(ReaderRole? role, string? name, string? organisation)
    {
        if (role is null or ReaderRole.Public)
        {
            if (name is not null || organisation is not null) throw DomainException.Invalid("--name and --org describe a reader: give --for with them.");
            return Viewer.Anonymous;
        }

        var account = role switch
        {
            ReaderRole.Secas => AccountRole.SecasAnalyst,
            ReaderRole.Panel => AccountRole.PanelMember,
            ReaderRole.Csc => AccountRole.CscMember,
            ReaderRole.ChangeBoard => AccountRole.ChangeBoardMember,
            ReaderRole.Dcc => AccountRole.Dcc,
            ReaderRole.Authority => AccountRole.Authority,
            _ => AccountRole.PartyRepresentative,
        };
        return new Viewer($"cli:{role}", name ?? account.Describe(), account, organisation);
    }

    private static void WriteWhole(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Whom a document is generated for (their account role).</summary>
    public enum ReaderRole
    {
        None = 0,
        Public,
        Secas,
        Panel,
        Csc,
        ChangeBoard,
        Party,
        Dcc,
        Authority,
    }
}
