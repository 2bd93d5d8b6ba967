using System.Text.RegularExpressions;
using SecChange.Documents.Model;

namespace SecChange.Documents.Glossary;

/// <summary>The acronyms a document uses: those the glossary defines, and those it does not (to be reported, not invented).</summary>
public sealed record AcronymsUsed(IReadOnlyList<GlossaryEntry> Defined, IReadOnlyList<string> Undefined);

/// <summary>
/// Finds the acronyms in a document's text. A word is an acronym when it starts with a capital and is all capitals
/// ("CPL") or short with two or more capitals ("CoS", "RoM"). Plurals and possessives count as the acronym
/// ("PPMIDs", "SRV's"); a number after it too ("SMETS1", "SR11"). A word with a number whose letters are not in the
/// glossary is an identifier (MP105, N29), not an acronym; nor is the letter of a SEC part ("Appendix AD").
/// </summary>
public static partial class AcronymScanner
{
    private const int MaxMixedCaseLength = 6;

    public static AcronymsUsed Scan(IEnumerable<string> texts, SecGlossary glossary)
    {
        var defined = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var undefined = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in Word().Matches(text))
            {
                var (letters, digits) = (m.Groups["letters"].Value, m.Groups["digits"].Value);
                if (!LooksLikeAcronym(Singular(letters))) continue;
                if (Resolve(letters, glossary) is { } acronym) defined[acronym] = glossary.TermFor(acronym)!;
                else if (digits.Length == 0) undefined.Add(letters);
            }
        }

        return new AcronymsUsed([.. defined.Select(d => new GlossaryEntry(d.Key, d.Value))], [.. undefined]);
    }

    /// <summary>Every piece of text in the blocks (headings, paragraphs, lists, tables, notes, chart labels).</summary>
    public static IEnumerable<string> TextOf(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h: yield return h.Text; break;
                case Paragraph p: yield return p.Text; break;
                case Note n: yield return n.Text; break;
                case BulletList l: foreach (var i in l.Items) yield return i.Text; break;
                case Table t:
                    foreach (var h in t.Header) yield return h;
                    foreach (var c in t.Rows.SelectMany(r => r)) yield return c.Text;
                    break;
                case BarChart c:
                    yield return c.Title;
                    foreach (var b in c.Bars) yield return b.Category;
                    break;
            }
        }
    }

    private static bool LooksLikeAcronym(string letters)
    {
        if (letters.Length < 2 || !char.IsUpper(letters[0])) return false;
        var capitals = letters.Count(char.IsUpper);
        return capitals == letters.Length || (capitals >= 2 && letters.Length <= MaxMixedCaseLength);
    }

    /// <summary>"HCALCS" for "HCALCSs": a plural's capitals decide whether it is an acronym.</summary>
    private static string Singular(string letters) => letters.Length > 2 && letters[^1] == 's' && char.IsUpper(letters[^2]) ? letters[..^1] : letters;

    /// <summary>The glossary's acronym for the letters, allowing a plural "s".</summary>
    private static string? Resolve(string letters, SecGlossary glossary) =>
        glossary.Defines(letters) ? letters
        : letters.Length > 2 && letters[^1] == 's' && glossary.Defines(letters[..^1]) ? letters[..^1]
        : null;

    // A letter after "Appendix", "Annex", "Section" or "Schedule" names a part of the SEC ("Appendix AD"), not an acronym.
    [GeneratedRegex(@"(?<!\b(?:Appendix|Annex|Section|Schedule)\s+)\b(?<letters>[A-Za-z]+)(?<digits>\d*)(?:['’]s)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
