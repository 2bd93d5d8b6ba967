using SecChange.Dcc.Identity;
using SecChange.Dcc.Products;

namespace SecChange.Dcc.Processing;

/// <summary>What removing a firmware version from the CPL did.</summary>
/// <param name="Removed">The CPL entries removed; empty when none matched.</param>
/// <param name="Suspended">The Devices suspended as a result.</param>
public sealed record CplRemovalResult(IReadOnlyList<CplEntry> Removed, IReadOnlyList<Eui64> Suspended);
