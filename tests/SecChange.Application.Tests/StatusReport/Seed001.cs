using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using SecChange.Domain.Modifications;
using SecChange.Testing;

namespace SecChange.Application.Tests.StatusReport;

/// <summary>
/// Seed 001, the Change Status Report of August 2020 (tests/TestData/seeds), read as the lists it gives per section.
/// The text is an OCR extract: "MPO78" is MP078, "1A" is IA, bullets are "e " or "¢ "; references are read with those
/// corrected and nothing else.
/// </summary>
internal static partial class Seed001
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "001_6104567555788164.txt")).Replace("\r", "");

    /// <summary>The text from the line starting with <paramref name="from"/> to the next line starting with <paramref name="to"/>.</summary>
    public static string Section(string from, string to)
    {
        var start = LineStart(from, 0);
        return Text[start..LineStart(to, start + from.Length)];
    }

    private static int LineStart(string heading, int after)
    {
        var m = new Regex(@"^\s*" + Regex.Escape(heading), RegexOptions.Multiline).Match(Text, after);
        return m.Success ? m.Index : throw new InvalidOperationException($"Seed 001 has no line starting '{heading}' after {after}.");
    }

    /// <summary>The modification references in a text, in order, each once.</summary>
    public static IReadOnlyList<string> References(string text) =>
        Reference().Matches(text).Select(m => Normalise(m.Value)).Distinct().ToList();

    /// <summary>The paragraphs (blank-line separated) of a text.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A table row of the assessment tables: reference, kind and date (accepted or returned).</summary>
    public static IReadOnlyList<(string Reference, AssessmentKind Kind, LocalDate On)> AssessmentRows(string text) =>
        AssessmentRow().Matches(text).Select(m => (Normalise(m.Groups["ref"].Value),
                m.Groups["kind"].Value == "PA" ? AssessmentKind.Preliminary : AssessmentKind.Impact,
                LocalDate.FromDateTime(DateTime.ParseExact(m.Groups["on"].Value, "d MMM yy", CultureInfo.InvariantCulture))))
            .ToList();

    /// <summary>"MPO78" and "MPO088" are MP078 and MP088, "SECMPO0007" is SECMP0007: the letter O is dropped and the number padded.</summary>
    private static string Normalise(string reference)
    {
        var r = reference.ToUpperInvariant();
        var (prefix, width) = r.StartsWith("SECMP", StringComparison.Ordinal) ? ("SECMP", 4) : (r[..2], 3);
        var rest = r[prefix.Length..].Replace("O", "");
        var letter = rest.EndsWith('A') ? "A" : "";
        return prefix + rest.TrimEnd('A').PadLeft(width, '0') + letter;
    }

    [GeneratedRegex(@"\b(?:SECMP[O0]*\d{2,4}|MP[O0]?\d{2,3}A?|DP\d{3})\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?<ref>SECMP[O0]*\d+|MP[O0]?\d+A?) (?<kind>PA|1A|IA) (?<on>\d{1,2} [A-Z][a-z]{2} \d{2})", RegexOptions.Multiline)]
    private static partial Regex AssessmentRow();
}
