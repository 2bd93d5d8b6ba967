using NodaTime;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.AsAt;

/// <summary>Where a SEC Release stood on a date.</summary>
public enum ReleaseProgress
{
    None = 0,
    /// <summary>Its date is still to come.</summary>
    Upcoming,
    /// <summary>Its date has come and at least one modification is recorded as implemented in it.</summary>
    Delivered,
    /// <summary>Its date has passed but no implementation in it is recorded.</summary>
    DatePassed,
}

/// <summary>A modification (or one part of it) in a release, with its status there.</summary>
public sealed record ReleaseContent(string Reference, string? Part, ReleaseStatus Status);

/// <summary>A SEC Release as it stood on a date: its progress and the modifications targeted at, approved for or implemented in it.</summary>
public sealed record ReleaseAsAt(Release Release, ReleaseProgress Progress, IReadOnlyList<ReleaseContent> Modifications)
{
    public static ReleaseAsAt Of(Release release, IReadOnlyList<Modification> modifications, LocalDate asAt)
    {
        var contents = modifications
            .SelectMany(m => m.Releases.Where(e => string.Equals(e.ReleaseId, release.Id, StringComparison.OrdinalIgnoreCase))
                .Select(e => new ReleaseContent(m.Reference, e.Part, e.Status)))
            .ToList();
        var progress = release.Date > asAt ? ReleaseProgress.Upcoming
            : contents.Any(c => c.Status == ReleaseStatus.Implemented) ? ReleaseProgress.Delivered
            : ReleaseProgress.DatePassed;
        return new ReleaseAsAt(release, progress, contents);
    }
}
