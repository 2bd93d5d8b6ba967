namespace SecChange.Application.Modifications;

/// <summary>
/// New cost figures for a modification; what is not given stays as it is.
/// </summary>
/// <param name="DccCost">The DCC implementation cost in pounds, "150000" or a range "0-150000"; replaces the DCC breakdown.</param>
/// <param name="SecasCost">The SECAS implementation cost in pounds.</param>
/// <param name="AnnualCost">The ongoing cost per annum in pounds.</param>
public sealed record CostChange(string? DccCost = null, decimal? SecasCost = null, decimal? AnnualCost = null);
