using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Views;

namespace SecChange.Web.Feeds;

/// <summary>The modifications a feed draws on, read through the visibility policy: the most recently active ones the viewer may see.</summary>
public sealed class FeedSource(RegisterListing listing, VisibleRegister register)
{
    /// <summary>How many modifications a feed looks at: enough for every recent event and open deadline, bounded for a large register.</summary>
    public const int Modifications = 200;

    public async Task<IReadOnlyList<ModificationView>> RecentAsync(Viewer viewer, LocalDate today, Func<Application.Register.ModificationSummary, bool>? where,
        CancellationToken ct)
    {
        var rows = await listing.MatchAsync(viewer, new RegisterQuery { Sort = RegisterSort.Updated }, ct);
        var views = new List<ModificationView>();
        foreach (var row in rows.Where(r => where?.Invoke(r) != false).Take(Modifications))
        {
            views.Add(await register.ViewAsync(viewer, row.Reference, today, ct));
        }

        return views;
    }
}
