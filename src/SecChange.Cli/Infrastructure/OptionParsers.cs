using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace SecChange.Cli;

/// <summary>Option and argument factories with parsers that give one-line errors.</summary>
public static class OptionParsers
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Written = LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu");

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = Iso.Parse(text.Trim());
        if (!result.Success) result = Written.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public static LocalDate? ParseDate(ArgumentResult r)
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
        if (TryParseDate(text, out var date))
        {
            return date;
        }

        r.AddError($"'{text}' is not a date: use yyyy-MM-dd (e.g. 2020-09-14)");
        return null;
    }

    public static Option<LocalDate?> DateOption(string name, string description, bool required = false) => new(name)
    {
        Description = description + " (yyyy-MM-dd)",
        CustomParser = ParseDate,
        Required = required,
    };

    public static Argument<LocalDate?> DateArgument(string name, string description) => new(name)
    {
        Description = description + " (yyyy-MM-dd)",
        CustomParser = ParseDate,
    };

    /// <summary>An enum option that accepts kebab-case names (report-phase) and, for paths, numbers.</summary>
    public static Option<T?> EnumOption<T>(string name, string description, bool required = false, bool recursive = false,
        IReadOnlyDictionary<string, T>? aliases = null) where T : struct, Enum
    {
        // Keyed by boxed values, not by T: collections and queries over each enum type would each be compiled at start-up.
        var names = new Dictionary<string, Enum>(StringComparer.OrdinalIgnoreCase);
        foreach (Enum value in Enum.GetValues<T>())
        {
            if (Convert.ToInt32(value, CultureInfo.InvariantCulture) != 0) names[Kebab(value)] = value;
        }

        if (aliases is not null)
        {
            foreach (var (alias, value) in aliases) names[alias] = value;
        }

        var shown = string.Join("|", names.Keys);
        return new Option<T?>(name)
        {
            Description = $"{description} [{shown}]",
            Required = required,
            Recursive = recursive,
            HelpName = shown.Length > 40 ? Kebab(typeof(T).Name) : shown,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (names.TryGetValue(text.Trim(), out var value))
                {
                    return (T)value;
                }

                r.AddError($"'{text}' is not one of {shown} for {name}");
                return null;
            },
        };
    }

    /// <summary>Comma-separated list option.</summary>
    public static Option<IReadOnlyList<string>?> ListOption(string name, string description) => new(name)
    {
        Description = description + " (comma-separated)",
        CustomParser = r => r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
    };

    public static string Kebab(Enum value) => Kebab(value.ToString());

    /// <summary>"ReportPhase" as "report-phase": a hyphen where a lower-case letter or digit meets a capital.</summary>
    public static string Kebab(string pascal)
    {
        // A loop, not a regular expression: this runs for every enum option a command builds, at start-up.
        var kebab = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && pascal[i] is >= 'A' and <= 'Z' && pascal[i - 1] is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                kebab.Append('-');
            }

            kebab.Append(pascal[i]);
        }

        return kebab.ToString().ToLowerInvariant();
    }
}
