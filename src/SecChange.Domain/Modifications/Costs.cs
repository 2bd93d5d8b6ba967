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
