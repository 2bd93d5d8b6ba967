using System.Globalization;
using System.Text.RegularExpressions;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;

namespace SecChange.Domain.Modifications;

/// <summary>The numbering series a modification belongs to.</summary>
public enum NumberSeries
{
    None = 0,
    /// <summary>Current numbering: DPnnn while a Draft Proposal, MPnnn once converted (same number).</summary>
    Current,
    /// <summary>Legacy numbering used before November 2018: SECMPnnnn (e.g. SECMP0007).</summary>
    Legacy,
}

/// <summary>
/// Identifies a modification independently of its stage: DP105 and MP105 are the same modification.
/// Alternatives carry a letter (MP102A) and are records of their own.
/// </summary>
/// <remarks>The canonical text is the converted form ("MP105", "SECMP0007", "MP102A").</remarks>
public readonly partial record struct ModificationId(NumberSeries Series, int Number, char? Alternative = null)
    : IComparable<ModificationId>
{
    /// <summary>Only numbers its reference can be read back with (see <see cref="InputLimits.MaxModificationNumber"/>).</summary>
    public int Number { get; init; } = InputLimits.Number(Number, InputLimits.MaxModificationNumber, "modification number");

    public static ModificationId Parse(string text)
    {
        if (TryParse(text, out var id))
        {
            return id;
        }

        throw DomainException.Invalid(
            $"'{text}' is not a modification number: use DPnnn, MPnnn, SECMPnnnn or an alternative such as MP102A.");
    }

    public static bool TryParse(string? text, out ModificationId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = Pattern().Match(text.Trim());
        if (!m.Success || !int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        var series = m.Groups["p"].Value.ToUpperInvariant() == "SECMP" ? NumberSeries.Legacy : NumberSeries.Current;
        char? alt = m.Groups["a"].Success ? char.ToUpperInvariant(m.Groups["a"].Value[0]) : null;
        id = new ModificationId(series, n, alt);
        return true;
    }

    /// <summary>The same number without the alternative letter (the parent of MP102A is MP102).</summary>
    public ModificationId Base => this with { Alternative = null };

    public bool IsAlternative => Alternative is not null;

    /// <summary>The reference as shown while at the given stage: DP before conversion, MP after.</summary>
    public string Display(bool converted) => Series == NumberSeries.Legacy
        ? string.Create(CultureInfo.InvariantCulture, $"SECMP{Number:0000}{Alternative}")
        : string.Create(CultureInfo.InvariantCulture, $"{(converted ? "MP" : "DP")}{Number:000}{Alternative}");

    public override string ToString() => Display(converted: true);

    public int CompareTo(ModificationId other)
    {
        var c = Series.CompareTo(other.Series);
        if (c == 0) c = Number.CompareTo(other.Number);
        return c != 0 ? c : Nullable.Compare(Alternative, other.Alternative);
    }

    public static bool operator <(ModificationId left, ModificationId right) => left.CompareTo(right) < 0;
    public static bool operator <=(ModificationId left, ModificationId right) => left.CompareTo(right) <= 0;
    public static bool operator >(ModificationId left, ModificationId right) => left.CompareTo(right) > 0;
    public static bool operator >=(ModificationId left, ModificationId right) => left.CompareTo(right) >= 0;

    [GeneratedRegex("^(?<p>DP|MP|SECMP)(?<n>[0-9]{1,5})(?<a>[A-Za-z])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
