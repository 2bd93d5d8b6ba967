namespace SecChange.Cli;

/// <summary>The names nearest to a mistyped one (optimal string alignment distance: typos, slips and swaps).</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidates within a few edits of <paramref name="typed"/> (more for longer words), or that start with it,
    /// nearest first.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> candidates, int max = 3)
    {
        var word = typed.ToLowerInvariant();
        var allowed = Math.Max(1, word.TrimStart('-').Length / 3);
        return candidates.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Name: c, Distance: Distance(word, c.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed || (word.TrimStart('-').Length >= 2 && c.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max).Select(c => c.Name).ToList();
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) that turn one word into the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
