using System.CommandLine;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;
using SecChange.Domain.Modifications;

namespace SecChange.Cli.Commands;

/// <summary>
/// `amend --text issue=issue.md`: a Modification Report section's text from a file (Markdown: paragraphs, "### "
/// sub-headings, "- " bullets), "-" for standard input, or an empty file to remove the section. Repeat for more sections.
/// </summary>
public static class ReportTextOption
{
    /// <summary>A file larger than this cannot hold a section within the text limit (four bytes per character at most).</summary>
    private const long MaxFileBytes = 4L * InputLimits.MaxTextLength;

    public static Option<string[]> Create() => new("--text")
    {
        Description = $"A Modification Report section's text from a Markdown file, as SECTION=FILE (FILE '-' reads standard input; an empty file removes the section). Sections: {string.Join(", ", ReportSections.All.Select(s => s.Slug()))}. Repeat for more",
    };

    public static IReadOnlyList<ReportText>? Read(string[]? values, TextReader standardInput)
    {
        if (values is not { Length: > 0 }) return null;
        return [.. values.Select(value =>
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw DomainException.Invalid($"--text takes SECTION=FILE, e.g. --text issue=issue.md; '{value}' is not that.");
            }

            var section = ReportSections.Parse(value[..equals]);
            return new ReportText(section, ReadFile(value[(equals + 1)..], section, standardInput));
        })];
    }

    private static string ReadFile(string path, ReportSection section, TextReader standardInput)
    {
        if (path == "-") return standardInput.ReadToEnd();
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists) throw DomainException.Invalid($"There is no file {path} for the {section.Slug()} text.");
            if (file.Length > MaxFileBytes)
            {
                throw DomainException.Invalid($"{path} is too large for one section ({file.Length:N0} bytes); a section holds at most {InputLimits.MaxTextLength:N0} characters.");
            }

            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw DomainException.Invalid($"Cannot read {path}: {ex.Message}");
        }
    }
}
