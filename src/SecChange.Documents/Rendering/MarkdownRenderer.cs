using System.Text;
using SecChange.Documents.Model;

namespace SecChange.Documents.Rendering;

/// <summary>
/// A document as Markdown, for reviewing changes between two generations with a plain diff: one line per
/// paragraph, pipe tables, and the chart as a table of its values.
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(Document document)
    {
        var md = new StringBuilder();
        md.Append("**").Append(document.LabelText).Append("**");
        if (document.Status is { } status) md.Append(" **").Append(Escape(status)).Append("**");
        md.Append("\n\n").Append(Escape(ClassificationLabel.Statement(document.Label))).Append("\n\n");
        md.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        if (document.Subtitle is { } subtitle) md.Append(Escape(subtitle)).Append("\n\n");
        md.Append('_').Append(Escape(document.Provenance.Describe())).Append("_\n\n");
        foreach (var block in document.Blocks)
        {
            Block(md, block);
        }

        md.Append("---\n\n**").Append(document.LabelText).Append("**\n");
        return md.ToString();
    }

    private static void Block(StringBuilder md, Block block)
    {
        switch (block)
        {
            case Heading h:
                md.Append(new string('#', h.Level + 1)).Append(' ').Append(Escape(h.Text)).Append("\n\n");
                break;
            case Paragraph p:
                md.Append(Runs(p.Runs)).Append("\n\n");
                break;
            case BulletList list:
                foreach (var item in list.Items) md.Append("- ").Append(Runs(item.Runs)).Append('\n');
                md.Append('\n');
                break;
            case Table table:
                if (table.Caption is { } caption) md.Append('*').Append(Escape(caption)).Append("*\n\n");
                TableRows(md, table.Header, table.Rows.Select(r => r.Select(c => string.Join("<br>", c.Paragraphs.Select(p => Runs(p.Runs)))).ToList()));
                break;
            case BarChart chart:
                md.Append('*').Append(Escape(chart.Title)).Append("* (chart)\n\n");
                TableRows(md, ["", chart.ValueTitle], chart.Bars.Select(b => (IReadOnlyList<string>)[Escape(b.Category), WordChart.Number(b.Value)]));
                break;
            case Note note:
                md.Append("> ").Append(Runs(note.Runs).ReplaceLineEndings("\n> ")).Append("\n\n");
                break;
            default:
                throw new NotSupportedException($"No Markdown rendering for {block.GetType().Name}.");
        }
    }

    private static void TableRows(StringBuilder md, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        md.Append("| ").AppendJoin(" | ", header.Select(h => Cell(Escape(h)))).Append(" |\n");
        md.Append('|').AppendJoin('|', header.Select(_ => " --- ")).Append("|\n");
        foreach (var row in rows) md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        md.Append('\n');
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings("<br>");

    private static string Runs(IEnumerable<Run> runs)
    {
        var md = new StringBuilder();
        foreach (var run in runs)
        {
            var text = Escape(run.Text);
            if (text.Trim().Length == 0 || (!run.Bold && !run.Italic))
            {
                md.Append(text);
                continue;
            }

            // Emphasis marks must touch the words, so spaces at either end stay outside them.
            var lead = text[..(text.Length - text.TrimStart().Length)];
            var trail = text[text.TrimEnd().Length..];
            var mark = run.Bold && run.Italic ? "***" : run.Bold ? "**" : "_";
            md.Append(lead).Append(mark).Append(text.Trim()).Append(mark).Append(trail);
        }

        return md.ToString();
    }

    private static string Escape(string text)
    {
        var md = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#') md.Append('\\');
            md.Append(c);
        }

        return md.ToString();
    }
}
