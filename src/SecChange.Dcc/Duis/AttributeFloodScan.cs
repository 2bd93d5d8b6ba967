using System.Numerics;

namespace SecChange.Dcc.Duis;

/// <summary>
/// Finds a start tag with more attributes than a limit by a single linear pass over the raw text, before
/// an XML reader parses it: a reader takes a whole start tag in at once and checks its attributes for
/// duplicates, so a tag with hundreds of thousands of attributes costs seconds of CPU before any check of
/// ours could see it. Works on UTF-8 bytes and on UTF-16 chars alike (the markup characters are ASCII).
/// </summary>
internal static class AttributeFloodScan
{
    /// <summary>True when some start tag has more than <paramref name="max"/> attributes (namespace declarations included).</summary>
    public static bool HasFlood<T>(ReadOnlySpan<T> text, int max)
        where T : unmanaged, IBinaryInteger<T>
    {
        var lt = T.CreateTruncating('<');
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf(lt);
            if (next < 0)
            {
                return false;
            }

            i += next + 1;
            if (i >= text.Length)
            {
                return false;
            }

            var kind = text[i];
            if (kind == T.CreateTruncating('!') || kind == T.CreateTruncating('?'))
            {
                i = SkipDeclaration(text, i);
                continue;
            }

            i = ScanTag(text, i, max, out var flood);
            if (flood)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts '=' outside quoted values up to the tag's '>'; returns the index after it.</summary>
    private static int ScanTag<T>(ReadOnlySpan<T> text, int i, int max, out bool flood)
        where T : unmanaged, IBinaryInteger<T>
    {
        var gt = T.CreateTruncating('>');
        var eq = T.CreateTruncating('=');
        var dq = T.CreateTruncating('"');
        var sq = T.CreateTruncating('\'');
        var count = 0;
        flood = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == gt)
            {
                return i + 1;
            }

            if (c == dq || c == sq)
            {
                var close = text[(i + 1)..].IndexOf(c);
                if (close < 0)
                {
                    return text.Length;
                }

                i += close + 2;
                continue;
            }

            if (c == eq && ++count > max)
            {
                flood = true;
                return i;
            }

            i++;
        }

        return i;
    }

    /// <summary>Skips a comment, CDATA section, processing instruction or declaration; returns the index after it.</summary>
    private static int SkipDeclaration<T>(ReadOnlySpan<T> text, int i)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<T> end = stackalloc T[3];
        var rest = text[i..];
        if (StartsWith(rest, "!--"))
        {
            Fill(end, "-->");
        }
        else if (StartsWith(rest, "![CDATA["))
        {
            Fill(end, "]]>");
        }
        else if (rest[0] == T.CreateTruncating('?'))
        {
            end = end[..2];
            Fill(end, "?>");
        }
        else
        {
            end = end[..1];
            Fill(end, ">");
        }

        var at = rest.IndexOf(end);
        return at < 0 ? text.Length : i + at + end.Length;
    }

    private static bool StartsWith<T>(ReadOnlySpan<T> text, string prefix)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (text.Length < prefix.Length)
        {
            return false;
        }

        for (var k = 0; k < prefix.Length; k++)
        {
            if (text[k] != T.CreateTruncating(prefix[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Fill<T>(Span<T> target, string value)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var k = 0; k < target.Length; k++)
        {
            target[k] = T.CreateTruncating(value[k]);
        }
    }
}
