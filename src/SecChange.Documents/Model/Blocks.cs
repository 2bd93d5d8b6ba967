namespace SecChange.Documents.Model;

/// <summary>One block of a document, in reading order. Renderers draw each kind the same way in every document.</summary>
public abstract record Block;

/// <summary>A heading: level 1 is a numbered section ("1. Purpose"), 2 and 3 are sub-headings.</summary>
public sealed record Heading(int Level, string Text) : Block
{
    public int Level { get; } = Level is >= 1 and <= 3 ? Level : throw new ArgumentOutOfRangeException(nameof(Level), Level, "Headings have levels 1 to 3.");
}

/// <summary>A run of text with its emphasis (the minutes' outcomes are bold: "The CSC <b>AGREED</b> ...").</summary>
public sealed record Run(string Text, bool Bold = false, bool Italic = false)
{
    public static implicit operator Run(string text) => new(text);
}

/// <summary>A paragraph of runs.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs) : Block
{
    public static Paragraph Of(params Run[] runs) => new(runs);

    public static implicit operator Paragraph(string text) => new([new Run(text)]);

    /// <summary>The paragraph's text without emphasis (for searching and plain-text checks).</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A bulleted list; each item is one paragraph.</summary>
public sealed record BulletList(IReadOnlyList<Paragraph> Items) : Block;

/// <summary>A table cell: one or more paragraphs (an action and its updates, a name and "(teleconference)").</summary>
public sealed record Cell(IReadOnlyList<Paragraph> Paragraphs)
{
    public static implicit operator Cell(string text) => new([text]);

    public static implicit operator Cell(Paragraph paragraph) => new([paragraph]);

    public string Text => string.Join(Environment.NewLine, Paragraphs.Select(p => p.Text));
}

/// <summary>A table with one header row; every row has as many cells as the header.</summary>
public sealed record Table : Block
{
    public Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<Cell>> rows, string? caption = null)
    {
        if (header.Count == 0) throw new ArgumentException("A table needs at least one column.", nameof(header));
        if (rows.FirstOrDefault(r => r.Count != header.Count) is { } bad)
        {
            throw new ArgumentException($"Every row needs {header.Count} cells; one has {bad.Count}.", nameof(rows));
        }

        (Header, Rows, Caption) = (header, rows, caption);
    }

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; }

    /// <summary>What the table shows, for screen readers and as the Word table's description.</summary>
    public string? Caption { get; }
}

/// <summary>One bar: a category and its value.</summary>
public sealed record Bar(string Category, decimal Value);

/// <summary>
/// A single-series bar chart (the Change Status Report's proposals per stage): a native chart in Word, an SVG
/// on the web and in the PDF, and a table in Markdown.
/// </summary>
public sealed record BarChart(string Title, string ValueTitle, IReadOnlyList<Bar> Bars) : Block
{
    public decimal Maximum => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
}

/// <summary>A note set apart from the text (how figures were counted, what the register cannot reproduce).</summary>
public sealed record Note(IReadOnlyList<Run> Runs) : Block
{
    public static Note Of(params Run[] runs) => new(runs);

    public static implicit operator Note(string text) => new([new Run(text)]);

    public string Text => string.Concat(Runs.Select(r => r.Text));
}
