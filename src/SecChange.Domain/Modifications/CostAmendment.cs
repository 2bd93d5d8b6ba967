using System.Globalization;
using SecChange.Domain.Errors;

namespace SecChange.Domain.Modifications;

/// <summary>
/// Amends a modification's costs: a DCC implementation cost written as pounds ("150000", "£150,000") or a
/// range ("0-150000") replaces the DCC breakdown; SECAS and annual figures replace theirs; the rest is kept.
/// </summary>
public static class CostAmendment
{
    /// <returns>The amended costs, or null when nothing was given (the costs stay as they are).</returns>
    public static CostEstimate? Apply(CostEstimate? current, string? dccCost, decimal? secasCost, decimal? annualCost)
    {
        if (dccCost is null && secasCost is null && annualCost is null) return null;
        if (secasCost < 0 || annualCost < 0) throw DomainException.Invalid("Costs cannot be negative.");
        var lines = dccCost is null ? current?.DccImplementation ?? [] : [ParseDccCost(dccCost)];
        return new CostEstimate(lines, secasCost ?? current?.SecasCost, current?.SecasEffortDays, annualCost ?? current?.AnnualSupportCost,
            current?.PartyCosts);
    }

    /// <summary>"150000" as a single figure, "0-150000" as a range, each in pounds.</summary>
    public static CostLine ParseDccCost(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        var values = parts.Select(Pounds).ToArray();
        if (parts.Length is < 1 or > 2 || values.Any(v => v is not >= 0) || values[0] > values[^1])
        {
            throw DomainException.Invalid($"'{text}' is not a cost: use pounds such as 150000 or a range 0-150000.");
        }

        return new CostLine("Implementation", values[0], values[^1]);
    }

    private static decimal? Pounds(string text) =>
        decimal.TryParse(text.TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
