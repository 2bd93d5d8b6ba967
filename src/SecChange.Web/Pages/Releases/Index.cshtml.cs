using SecChange.Application.Access;
using SecChange.Application.AsAt;

namespace SecChange.Web.Pages.Releases;

/// <summary>The SEC Releases: date, scope, baselining and the visible modifications in each.</summary>
public sealed class IndexModel(VisibleReleases releases) : SecChangePage
{
    public IReadOnlyList<ReleaseAsAt> Releases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Releases = await releases.ListAsync(Viewer, Today, ct);

    public static string Scope(SecChange.Domain.Releases.Release r) => (r.AcceptsDccSystemChanges, r.AcceptsDuisChanges) switch
    {
        (true, true) => "DCC System and DUIS changes",
        (true, false) => "DCC System changes",
        (false, true) => "DUIS changes",
        _ => "Document changes only (no DCC System or DUIS change)",
    };
}
