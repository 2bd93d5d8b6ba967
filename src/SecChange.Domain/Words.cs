using System.Text.RegularExpressions;

namespace SecChange.Domain;

/// <summary>
/// How values read in sentences and tables, in one place: enum names as words (LargeSupplier is "Large Supplier",
/// Smets2 "SMETS2", ElectricityNetworkParties "Electricity Network Parties") and counts with agreeing nouns.
/// </summary>
public static partial class Words
{
    /// <summary>Words that are written in capitals wherever they appear in a name.</summary>
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["Dcc"] = "DCC", ["Sec"] = "SEC", ["Secas"] = "SECAS", ["Smets"] = "SMETS", ["Csc"] = "CSC", ["Duis"] = "DUIS",
        ["Cpl"] = "CPL", ["Smi"] = "SMI", ["Mrc"] = "MRC", ["Gbcs"] = "GBCS", ["Irp"] = "IRP", ["Ofgem"] = "Ofgem",
    };

    /// <summary>An enum value as words, e.g. "Electricity Network Parties".</summary>
    public static string Name(Enum value) => Name(value.ToString());

    /// <summary>A PascalCase name as words; digits stay on the word before them ("Smets2" is "SMETS2").</summary>
    public static string Name(string pascal) =>
        string.Join(' ', WordPattern().Matches(pascal).Select(m =>
        {
            var letters = m.Groups[1].Value;
            return (Acronyms.GetValueOrDefault(letters) ?? letters) + m.Groups[2].Value;
        }));

    /// <summary>A count with its noun agreeing: "1 question", "2 questions", "0 replies" (given the plural).</summary>
    public static string Count(int n, string singular, string? plural = null) => $"{n} {Noun(n, singular, plural)}";

    /// <summary>The noun for a count: singular for exactly one, else the plural (default: singular + "s").</summary>
    public static string Noun(int n, string singular, string? plural = null) => n == 1 ? singular : plural ?? singular + "s";

    [GeneratedRegex("([A-Z]+(?![a-z])|[A-Z]?[a-z]+)([0-9]*)")]
    private static partial Regex WordPattern();
}
