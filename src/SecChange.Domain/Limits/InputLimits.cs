using System.Globalization;
using SecChange.Domain.Errors;

namespace SecChange.Domain.Limits;

/// <summary>
/// The largest values SecChange accepts, in one place for every host. Numbers stop where the written
/// reference can still be read back (DP99999, "CSC 9999", "CSC 11/99"); text stops well past any real
/// SEC title or paragraph, so that one oversized value cannot bloat the register or every listing.
/// </summary>
public static class InputLimits
{
    /// <summary>DPnnnnn / SECMPnnnn: a reference has at most five digits.</summary>
    public const int MaxModificationNumber = 99_999;

    /// <summary>"CSC 9999": a meeting reference has at most four digits.</summary>
    public const int MaxMeetingNumber = 9_999;

    /// <summary>"CSC 11/99": an action reference has at most two digits after the slash.</summary>
    public const int MaxActionSequence = 99;

    /// <summary>Titles, names, organisations, sources and other one-line values (characters).</summary>
    public const int MaxLineLength = 500;

    /// <summary>Problem statements, solutions, summaries, reasons, rationales and other free text (characters).</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>A register file to import (bytes): the full sample register is well under 1 MB.</summary>
    public const long MaxImportBytes = 50L * 1024 * 1024;

    /// <summary>Returns the number if a reference can carry it, else refuses it naming the limit.</summary>
    public static int Number(int value, int max, string what) => value is > 0 && value <= max
        ? value
        : throw DomainException.Invalid(string.Create(CultureInfo.InvariantCulture,
            $"{value} is not a valid {what}: use a number from 1 to {max}."));

    /// <summary>Returns a one-line value (a name, an organisation) if it is within <see cref="MaxLineLength"/>.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? Line(string? value, string field) => Text(value, field, MaxLineLength);

    /// <summary>Refuses a text longer than its limit, naming the field; null passes.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? Text(string? value, string field, int max)
    {
        if (value is not null && value.Length > max)
        {
            throw DomainException.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"The {field} is too long: {value.Length:N0} characters, at most {max:N0} are allowed."));
        }

        return value;
    }
}
