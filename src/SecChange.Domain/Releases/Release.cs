using NodaTime;

namespace SecChange.Domain.Releases;

public enum ReleaseKind
{
    None = 0,
    /// <summary>A scheduled release (June, November; a February minor release).</summary>
    Scheduled,
    /// <summary>A standalone release outside the schedule (e.g. MP135 on 23 July 2020).</summary>
    Standalone,
}

/// <summary>
/// A SEC Release. <see cref="AcceptsDccSystemChanges"/> and <see cref="AcceptsDuisChanges"/> say what kind
/// of change it may carry: DUIS changes are bundled into releases that uplift the DUIS (seed 004).
/// </summary>
public sealed record Release(
    string Id,
    string Name,
    LocalDate Date,
    ReleaseKind Kind,
    bool AcceptsDccSystemChanges,
    bool AcceptsDuisChanges,
    LocalDate? DccScopeBaselinedOn = null,
    LocalDate? FullScopeBaselinedOn = null);
