namespace SecChange.Documents.Glossary;

/// <summary>One acronym and the term it stands for.</summary>
public sealed record GlossaryEntry(string Acronym, string Term);

/// <summary>
/// The one maintained SEC glossary (<c>sec-glossary.tsv</c>): one definition per acronym, so every document defines
/// an acronym the same way. Lookup is case-sensitive ("CoS", "RoM" are written so).
/// </summary>
public sealed class SecGlossary
{
    private readonly Dictionary<string, string> _terms;

    public SecGlossary(IEnumerable<GlossaryEntry> entries)
    {
        _terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!_terms.TryAdd(e.Acronym, e.Term))
            {
                throw new InvalidDataException($"The glossary defines {e.Acronym} twice: one definition per acronym.");
            }
        }
    }

    /// <summary>The glossary shipped with SecChange.</summary>
    public static SecGlossary Shipped { get; } = Load();

    public int Count => _terms.Count;

    public string? TermFor(string acronym) => _terms.GetValueOrDefault(acronym);

    public bool Defines(string acronym) => _terms.ContainsKey(acronym);

    /// <summary>Reads the tab-separated form: "CPL&lt;TAB&gt;Central Products List", '#' comments.</summary>
    public static SecGlossary Parse(TextReader reader)
    {
        var entries = new List<GlossaryEntry>();
        for (var (line, number) = (reader.ReadLine(), 1); line is not null; line = reader.ReadLine(), number++)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"Glossary line {number} is not 'acronym<TAB>term': {line}");
            }

            entries.Add(new GlossaryEntry(parts[0].Trim(), parts[1].Trim()));
        }

        return new SecGlossary(entries);
    }

    private static SecGlossary Load()
    {
        using var stream = typeof(SecGlossary).Assembly.GetManifestResourceStream("sec-glossary.tsv")
            ?? throw new InvalidOperationException("The SEC glossary is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
