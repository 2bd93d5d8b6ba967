using System.Globalization;
using System.Text.Json;
using SecChange.Application.Json;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;

namespace SecChange.Application.Register;

/// <summary>
/// Reads a register document from text or a stream. A stream is parsed as it arrives and refused as soon
/// as it passes <see cref="InputLimits.MaxImportBytes"/>, so that a huge or endless input (/dev/zero)
/// fails quickly instead of filling memory; the texts of parties, people, members, meetings and actions
/// are held to the input limits here, and every event's when it is replayed through the process.
/// </summary>
public static class RegisterDocumentReader
{
    /// <summary>Parses a register document, with a one-line error for anything malformed.</summary>
    public static RegisterDocument Parse(string json) =>
        Checked(() => JsonSerializer.Deserialize<RegisterDocument>(json, RegisterJson.Options));

    public static async Task<RegisterDocument> ReadAsync(Stream stream, CancellationToken ct = default)
    {
        await using var limited = new SizeLimitedStream(stream, InputLimits.MaxImportBytes);
        RegisterDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<RegisterDocument>(limited, RegisterJson.Options, ct);
        }
        catch (JsonException ex)
        {
            throw Invalid(ex);
        }

        return Checked(() => document);
    }

    /// <summary>Reads a register file; a missing file is "not found".</summary>
    public static async Task<RegisterDocument> ReadFileAsync(string path, CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            throw DomainException.NotFound($"There is no file {path}.");
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        return await ReadAsync(stream, ct);
    }

    private static RegisterDocument Checked(Func<RegisterDocument?> parse)
    {
        RegisterDocument? document;
        try
        {
            document = parse();
        }
        catch (JsonException ex)
        {
            throw Invalid(ex);
        }

        if (document is null || document.Format != RegisterDocument.FormatName)
        {
            throw DomainException.Invalid($"The file is not a SecChange register (its \"format\" must be \"{RegisterDocument.FormatName}\").");
        }

        if (document.Version is < 1 or > RegisterDocument.CurrentVersion)
        {
            throw DomainException.Invalid($"Register format version {document.Version} is not supported (this SecChange reads versions 1 to {RegisterDocument.CurrentVersion}).");
        }

        InputLimits.Text(document.Description, "description", InputLimits.MaxTextLength);
        foreach (var part in new object[] { document.Parties, document.People, document.Releases, document.CalendarOverrides,
                     document.ChangeBoardMembers, document.Meetings, document.Actions })
        {
            TextFields.Check(part);
        }

        return document;
    }

    private static DomainException Invalid(JsonException ex)
    {
        var where = ex.Path is null ? "" : $" at {ex.Path}" + (ex.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1})") : "");
        return DomainException.Invalid($"The register file is not valid{where}: {ex.Message.Split('\n')[0].Trim()}");
    }
}
