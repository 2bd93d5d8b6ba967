using NodaTime;
using SecChange.Domain.Process;

namespace SecChange.Domain.Modifications;

/// <summary>
/// One immutable, dated step in a modification's history: what changed, when it happened (the real date,
/// which may be historical), when it was recorded, who took it and why. A modification's current state
/// and its timeline are derived from its events alone.
/// </summary>
public sealed record ModificationEvent(
    ModificationId Modification,
    int Sequence,
    LocalDate OccurredOn,
    Instant RecordedAt,
    Actor By,
    string? Reason,
    ModificationChange Change);
