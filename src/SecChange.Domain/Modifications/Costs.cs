namespace SecChange.Domain.Modifications;

/// <summary>One line of a DCC cost breakdown; a null bound means "TBC". Low equals High for a single figure.</summary>
public sealed record CostLine(string Activity, decimal? Low, decimal? High);

/// <summary>
/// The costs a Modification Report shows: the DCC implementation breakdown (seed 004: Design, Build and
/// PIT; SIT; UIT; Implement to Live), SECAS effort, ongoing support, and what Parties said.
/// </summary>
public sealed record CostEstimate(
    IReadOnlyList<CostLine> DccImplementation,
    decimal? SecasCost = null,
    int? SecasEffortDays = null,
    decimal? AnnualSupportCost = null,
    string? PartyCosts = null)
{
    /// <summary>The DCC total when every line is known; null while any line is TBC.</summary>
    public (decimal Low, decimal High)? DccTotal =>
        DccImplementation.Count > 0 && DccImplementation.All(l => l.Low is not null && l.High is not null)
            ? (DccImplementation.Sum(l => l.Low!.Value), DccImplementation.Sum(l => l.High!.Value))
            : null;
}

/// <summary>Sums of money as SEC documents print them: "£1,200", "£0 - £150,000".</summary>
public static class Pounds
{
    public static string Format(decimal amount) => amount.ToString("£#,##0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Range(decimal low, decimal high) => low == high ? Format(low) : $"{Format(low)} - {Format(high)}";

    /// <summary>A cost line's figure, or "TBC" while it is not known.</summary>
    public static string Of(CostLine line) => line.Low is { } low ? Range(low, line.High ?? low) : "TBC";
}
