namespace SecChange.Cli.Rendering;

/// <summary>Where a command prints its tables and lines: the output, and the width tables fit.</summary>
public sealed class TextConsole(TextWriter output, int width)
{
    /// <summary>The width tables fit when the output is not a terminal (a file, a pipe, a test).</summary>
    public const int PlainWidth = 160;

    public TextWriter Output { get; } = output;

    public int Width { get; } = width;

    /// <summary>Fitted to the terminal's width when <paramref name="output"/> is an interactive console, else to <see cref="PlainWidth"/>.</summary>
    public static TextConsole For(TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return new TextConsole(output, interactive ? TerminalWidth() : PlainWidth);
    }

    public void Write(TextTable table) => table.WriteTo(Output, Width);

    /// <summary>Text as given, with control characters escaped.</summary>
    public void Write(string text) => Output.Write(TerminalText.Escape(text));

    public void WriteLine(string text = "") => Output.WriteLine(TerminalText.Escape(text));

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 20 and var columns ? columns : PlainWidth;
        }
        catch (IOException)
        {
            return PlainWidth;
        }
    }
}
