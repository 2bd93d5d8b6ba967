using NodaTime;
using SecChange.Application.AsAt;
using SecChange.Application.Register;
using SecChange.Domain.Errors;

namespace SecChange.Application.Access;

/// <summary>
/// The SEC Releases as one viewer may see them: every release is public, but only the modifications (and parts)
/// the viewer may see are listed in it, so a hidden record is not betrayed by a release's contents.
/// </summary>
public sealed class VisibleReleases(RegisterCore core)
{
    /// <summary>Every release, in date order, with its progress on <paramref name="today"/> and its visible contents.</summary>
    public async Task<IReadOnlyList<ReleaseAsAt>> ListAsync(Viewer viewer, LocalDate today, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var visible = (await session.LoadAllAsync(ct))
            .Where(m => Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation)).ToList();
        return (await session.ReleasesAsync(ct)).OrderBy(r => r.Date).Select(r => ReleaseAsAt.Of(r, visible, today)).ToList();
    }

    /// <summary>One release; not found (naming the known ones) when there is none with that id.</summary>
    public async Task<ReleaseAsAt> ShowAsync(Viewer viewer, string releaseId, LocalDate today, CancellationToken ct = default)
    {
        var all = await ListAsync(viewer, today, ct);
        return all.FirstOrDefault(r => string.Equals(r.Release.Id, releaseId.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw DomainException.NotFound(
                $"No release {(releaseId.Length <= 20 ? releaseId : releaseId[..20] + "…")} is defined; known releases: {string.Join(", ", all.Select(r => r.Release.Id))}.");
    }
}
