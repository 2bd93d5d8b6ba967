using NodaTime;
using SecChange.Domain.Releases;

namespace SecChange.Application.Releases;

/// <summary>The release an approval on a date would target, and the lead time that decided it (null release: none defined can take it).</summary>
public sealed record ReleaseTarget(LocalDate DecidedOn, int LeadTimeMonths, Release? Release);
