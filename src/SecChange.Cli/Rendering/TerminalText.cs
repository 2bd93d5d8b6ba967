using System.Globalization;
using System.Text;

namespace SecChange.Cli.Rendering;

/// <summary>
/// Makes stored text safe to print on a terminal: control characters (C0 other than tab and newline,
/// DEL, C1) are shown as visible <c>\u001B</c>-style escapes instead of being sent raw, so that a title
/// or reason holding an escape sequence cannot recolour, move the cursor or retitle the user's terminal.
/// The escape form is also a valid JSON string escape, so JSON output stays the same data.
/// </summary>
public static class TerminalText
{
    public static bool IsUnsafe(char c) => c is < ' ' and not '\n' and not '\t' and not '\r' || c is >= '\u007f' and <= '\u009f';

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c)) Append(builder, c);
            else builder.Append(c);
        }

        return builder.ToString();
    }

    public static void Append(StringBuilder builder, char c) =>
        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
}

/// <summary>A writer that passes everything through <see cref="TerminalText"/>: every plain line the CLI prints goes through one.</summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        if (TerminalText.IsUnsafe(value)) inner.Write(TerminalText.Escape(value.ToString()));
        else inner.Write(value);
    }

    public override void Write(string? value) => inner.Write(TerminalText.Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Escape(value));

    public override Task WriteAsync(string? value) => inner.WriteAsync(TerminalText.Escape(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(TerminalText.Escape(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
