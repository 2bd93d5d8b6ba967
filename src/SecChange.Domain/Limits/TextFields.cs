using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SecChange.Domain.Limits;

/// <summary>
/// Holds every text in a domain value (a step, an actor, a meeting) to <see cref="InputLimits"/>, so that no
/// new field can slip past: one-line values (titles, names, organisations, ids) to the line limit, the
/// rest (statements, reasons, summaries) to the text limit.
/// </summary>
public static partial class TextFields
{
    private const int MaxDepth = 6;

    public static void Check(object? value) => Check(value, null, 0);

    private static void Check(object? value, string? name, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                InputLimits.Text(text, Describe(name), IsOneLine(name) ? InputLimits.MaxLineLength : InputLimits.MaxTextLength);
                return;
            case IEnumerable items:
                foreach (var item in items) Check(item, name, depth);
                return;
        }

        var type = value.GetType();
        if (depth >= MaxDepth || type.IsEnum || type.IsPrimitive || type.Namespace?.StartsWith("SecChange.Domain", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && IsTextBearing(property.PropertyType))
            {
                Check(property.GetValue(value), property.Name, depth + 1);
            }
        }
    }

    /// <summary>Strings, lists and domain records may hold text; numbers, dates and enums never do.</summary>
    private static bool IsTextBearing(Type type) =>
        type == typeof(string) || (!type.IsValueType && type != typeof(Type)) ||
        type.Namespace?.StartsWith("SecChange.Domain", StringComparison.Ordinal) == true && !type.IsEnum;

    private static bool IsOneLine(string? name) => name is not null && OneLine().IsMatch(name);

    private static string Describe(string? name) => name is null ? "text" : Words().Replace(name, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("(Title|Name|Organisation|Id|Seat|CastBy|Respondent|Source|Body|Place|Owner|Role|Category|AlternateFor)$", RegexOptions.CultureInvariant)]
    private static partial Regex OneLine();

    [GeneratedRegex("(?<!^)([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
