using System.Text;

namespace SecChange.Cli.Rendering;

/// <summary>
/// A plain-text table: a header, a rule under it, and rows, with each column as wide as its widest line and the
/// widest columns wrapped at word boundaries until the table fits the width. A grid is the same without header,
/// rule or indent (label and value lists). Stored text is printed with its control characters escaped.
/// </summary>
/// <remarks>
/// Written here rather than taken from a console library for start-up time: the first table `secchange show` printed
/// through Spectre.Console cost about 60 ms of type loading and compiling, a fifth of the command (bench/results/cli-latency-*.md).
/// Plain loops over arrays keep this to a few milliseconds.
/// </remarks>
public sealed class TextTable
{
    // Lists of classes and arrays of ints only: a list of a value type would be compiled at start-up (see remarks).
    private readonly List<Column> _columns = [];
    private readonly List<string[]> _rows = [];
    private readonly bool _framed;

    public TextTable(params string[] headers)
        : this(framed: true)
    {
        foreach (var header in headers)
        {
            AddColumn(header);
        }
    }

    private TextTable(bool framed) => _framed = framed;

    /// <summary>Columns without a header, rule or indent, two spaces apart: a list of labels and values.</summary>
    public static TextTable Grid(int columns)
    {
        var grid = new TextTable(framed: false);
        for (var i = 0; i < columns; i++)
        {
            grid.AddColumn("");
        }

        return grid;
    }

    public TextTable AddColumn(string header, bool rightAligned = false)
    {
        _columns.Add(new Column(TerminalText.Escape(header), rightAligned));
        return this;
    }

    /// <summary>Adds a row (missing cells are empty, extra ones an error); control characters in the cells are escaped.</summary>
    public TextTable AddRow(params string?[] cells)
    {
        if (cells.Length > _columns.Count)
        {
            throw new ArgumentException($"A row of {cells.Length} cells for a table of {_columns.Count} columns.", nameof(cells));
        }

        var row = new string[_columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = i < cells.Length ? TerminalText.Escape(cells[i]) : "";
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>The table as lines no wider than <paramref name="width"/> where its words allow, without trailing spaces.</summary>
    public void WriteTo(TextWriter output, int width)
    {
        var widths = ColumnWidths(width);
        if (_framed)
        {
            output.WriteLine();
            WriteRow(output, _columns.ConvertAll(c => c.Header).ToArray(), widths);
            output.WriteLine(new string('─', TableWidth(widths)));
        }

        foreach (var row in _rows)
        {
            WriteRow(output, row, widths);
        }

        if (_framed)
        {
            output.WriteLine();
        }
    }

    private sealed record Column(string Header, bool RightAligned);

    /// <summary>Before the first column (framed tables are indented by two spaces) and between columns.</summary>
    private int Indent => _framed ? 2 : 0;

    private int Gap => _framed ? 3 : 2;

    /// <summary>The width of a framed table's rule: its indent and two spaces at the end, as the header and rows are laid out.</summary>
    private int TableWidth(int[] widths) => Indent + Sum(widths) + Gap * (widths.Length - 1) + (_framed ? 2 : 0);

    /// <summary>
    /// Each column as wide as its widest line; while the table is wider than allowed, the widest column that can still
    /// wrap between words loses a character; if that is not enough, the widest column does (its long words are split).
    /// </summary>
    private int[] ColumnWidths(int width)
    {
        var count = _columns.Count;
        var widths = new int[count];
        var words = new int[count];
        for (var c = 0; c < count; c++)
        {
            Measure(_columns[c].Header, ref widths[c], ref words[c]);
            foreach (var row in _rows)
            {
                Measure(row[c], ref widths[c], ref words[c]);
            }
        }

        var excess = TableWidth(widths) - width;
        while (excess > 0)
        {
            var c = Widest(widths, words);
            if (c < 0) c = Widest(widths, null);
            if (c < 0) break;
            widths[c]--;
            excess--;
        }

        return widths;
    }

    /// <summary>The widest column still wider than its longest word (or than one character when there are no limits); -1 if none.</summary>
    private static int Widest(int[] widths, int[]? longestWords)
    {
        var widest = -1;
        for (var c = 0; c < widths.Length; c++)
        {
            var floor = longestWords is null ? 1 : Math.Max(1, longestWords[c]);
            if (widths[c] > floor && (widest < 0 || widths[c] > widths[widest]))
            {
                widest = c;
            }
        }

        return widest;
    }

    private static void Measure(string text, ref int longestLine, ref int longestWord)
    {
        var line = 0;
        var word = 0;
        foreach (var ch in text)
        {
            if (ch == '\n')
            {
                line = 0;
                word = 0;
                continue;
            }

            line++;
            word = ch == ' ' ? 0 : word + 1;
            longestLine = Math.Max(longestLine, line);
            longestWord = Math.Max(longestWord, word);
        }
    }

    private void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var wrapped = new List<string>[cells.Length];
        var height = 1;
        for (var c = 0; c < cells.Length; c++)
        {
            wrapped[c] = Wrap(cells[c], widths[c]);
            height = Math.Max(height, wrapped[c].Count);
        }

        var line = new StringBuilder();
        for (var i = 0; i < height; i++)
        {
            line.Clear().Append(' ', Indent);
            for (var c = 0; c < cells.Length; c++)
            {
                if (c > 0) line.Append(' ', Gap);
                var text = i < wrapped[c].Count ? wrapped[c][i] : "";
                var padding = Math.Max(0, widths[c] - text.Length);
                if (_columns[c].RightAligned) line.Append(' ', padding).Append(text);
                else line.Append(text).Append(' ', padding);
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>The text's lines, each broken between words to at most <paramref name="width"/> characters (a longer word is split).</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            if (paragraph.Length <= width)
            {
                lines.Add(paragraph);
                continue;
            }

            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var rest = word;
                if (line.Length > 0 && line.Length + 1 + rest.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                while (rest.Length > width)
                {
                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    lines.Add(rest[..width]);
                    rest = rest[width..];
                }

                if (line.Length > 0) line.Append(' ');
                line.Append(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static int Sum(int[] values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }
}
