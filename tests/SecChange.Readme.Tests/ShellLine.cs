using System.Text;

namespace SecChange.Readme.Tests;

/// <summary>One command of a README shell block: the line it starts on and its words, as a shell would split them.</summary>
public sealed record ShellCommand(int Line, string Text, IReadOnlyList<string> Words);

/// <summary>
/// Reads the README's <c>```sh</c> blocks into commands the way bash would: lines joined at a trailing
/// backslash, words split on blanks with single and double quotes, <c>#</c> comments dropped and <c>&amp;&amp;</c>
/// splitting one line into commands run in turn. Other shell syntax (pipes, redirection, variables) is
/// refused by name, so a README line is never half understood.
/// </summary>
public static class ShellLine
{
    public static IReadOnlyList<ShellCommand> CommandsIn(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var commands = new List<ShellCommand>();
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock && line.Trim() == "```sh";
                continue;
            }

            if (!inBlock || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var start = i + 1;
            var text = line;
            while (text.EndsWith('\\') && i + 1 < lines.Length)
            {
                text = text[..^1] + " " + lines[++i].Trim();
            }

            commands.AddRange(Split(text, start).Select(words => new ShellCommand(start, text.Trim(), words)));
        }

        return commands;
    }

    /// <summary>The commands of one logical line (several when joined by <c>&amp;&amp;</c>).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Split(string text, int line = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                EndWord();
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw Unsupported(line, "an unclosed single quote");
                }

                word.Append(text, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (c == '"')
            {
                i = ReadDoubleQuoted(text, i, word, line);
                inWord = true;
            }
            else if (c == '&' && i + 1 < text.Length && text[i + 1] == '&' && !inWord)
            {
                EndCommand();
                i++;
            }
            else if ("|;<>$`&(){}*?".Contains(c, StringComparison.Ordinal))
            {
                throw Unsupported(line, $"'{c}'");
            }
            else
            {
                word.Append(c == '\\' && i + 1 < text.Length ? text[++i] : c);
                inWord = true;
            }
        }

        EndCommand();
        return commands;

        void EndWord()
        {
            if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count > 0)
            {
                commands.Add([.. words]);
                words.Clear();
            }
        }
    }

    private static int ReadDoubleQuoted(string text, int open, StringBuilder word, int line)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    return i;
                case '\\' when i + 1 < text.Length && "\"\\$`".Contains(text[i + 1], StringComparison.Ordinal):
                    word.Append(text[++i]);
                    break;
                case '$' or '`':
                    throw Unsupported(line, $"'{text[i]}' inside double quotes");
                default:
                    word.Append(text[i]);
                    break;
            }
        }

        throw Unsupported(line, "an unclosed double quote");
    }

    private static NotSupportedException Unsupported(int line, string what) =>
        new($"README line {line}: {what} is shell syntax the README runner does not support; keep the README's commands plain.");
}
