using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SecChange.Documents.Model;

/// <summary>
/// The register state a document was generated from: the as-at date it shows and the last event it reflects
/// (which record, and when that event was recorded). The same provenance always renders to the same bytes: it
/// also supplies the document's own dates (file properties, PDF dates), so no renderer reads the clock.
/// </summary>
/// <param name="LastEvent">The last event the document reflects, e.g. "MP105 event 14" or "CSC 11 version 3".</param>
/// <param name="LastEventAt">When that event was recorded; null when the register holds no events for it.</param>
public sealed record Provenance(LocalDate AsAt, string LastEvent, Instant? LastEventAt)
{
    /// <summary>The instant written into the file's own metadata: when the last event was recorded, else the start of the as-at day (UTC).</summary>
    public Instant Stamp => LastEventAt ?? AsAt.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    /// <summary>"Generated from the register as at 31 July 2020; last event: MP105 event 14, recorded 2020-10-21 09:30 UTC."</summary>
    public string Describe()
    {
        var recorded = LastEventAt is { } at ? $", recorded {InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(at)} UTC" : "";
        return $"Generated from the register as at {AsAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}; last event: {LastEvent}{recorded}.";
    }
}
