using NodaTime;
using SecChange.Application.AsAt;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;

namespace SecChange.Application.Access;

/// <summary>How the register page is ordered.</summary>
public enum RegisterSort
{
    /// <summary>Newest reference first (the default).</summary>
    Newest = 0,
    Oldest,
    Title,
    Stage,
    /// <summary>Most recent activity first.</summary>
    Updated,
}

/// <summary>A register query as a page or the API asks it: the filter, party category, order, and an optional past date.</summary>
public sealed record RegisterQuery
{
    public RegisterFilter Filter { get; init; } = new();
    public PartyCategory? Category { get; init; }
    public RegisterSort Sort { get; init; }
    /// <summary>Show the register as it stood at the end of this date (null: as it is now).</summary>
    public LocalDate? AsAt { get; init; }
}

/// <summary>One row of the register with its next key date.</summary>
public sealed record RegisterRow(ModificationSummary Summary, KeyDate? NextKeyDate);

/// <summary>
/// The register as a listing: what a viewer may see, filtered, ordered, and (for the rows shown) with each
/// one's next key date. Pages, the API and exports all list through here.
/// </summary>
public sealed class RegisterListing(RegisterCore core)
{
    private readonly ListingCache cache = new();

    /// <summary>Grows with every committed write to the register: a host may reuse what it rendered while it is unchanged.</summary>
    public Task<long> ChangeStampAsync(CancellationToken ct = default) => core.Store.ChangeStampAsync(ct);

    /// <summary>Every visible row matching the query, in order, without key dates (cheap: list rows only, unless as at a date).</summary>
    public async Task<IReadOnlyList<ModificationSummary>> MatchAsync(Viewer viewer, RegisterQuery query, CancellationToken ct = default)
    {
        var stamp = await core.Store.ChangeStampAsync(ct);
        await using var session = await core.ReadAsync(ct);
        return (await MatchAsync(session, stamp, viewer, query, ct)).Rows;
    }

    /// <summary>Rows <paramref name="skip"/> to <paramref name="skip"/>+<paramref name="take"/> of the query, each with its next key date.</summary>
    public async Task<(IReadOnlyList<RegisterRow> Rows, int Total)> PageAsync(Viewer viewer, RegisterQuery query, int skip, int take, LocalDate today,
        CancellationToken ct = default)
    {
        var stamp = await core.Store.ChangeStampAsync(ct);
        await using var session = await core.ReadAsync(ct);
        var (matched, kept) = await MatchAsync(session, stamp, viewer, query, ct);
        return (await RowsAsync(session, kept, matched, query, skip, take, today, ct), matched.Count);
    }

    /// <summary>
    /// The <paramref name="take"/> rows that follow the row <paramref name="after"/> (a cursor's position), so
    /// that a walk through the listing neither repeats nor skips a row when rows before it come or go. When that
    /// row has itself left the listing, the walk goes on from <paramref name="fallbackSkip"/>, where it was.
    /// </summary>
    public async Task<(IReadOnlyList<RegisterRow> Rows, int Total, int Skip)> PageAfterAsync(Viewer viewer, RegisterQuery query, string? after,
        int fallbackSkip, int take, LocalDate today, CancellationToken ct = default)
    {
        var stamp = await core.Store.ChangeStampAsync(ct);
        await using var session = await core.ReadAsync(ct);
        var (matched, kept) = await MatchAsync(session, stamp, viewer, query, ct);
        var skip = after is null ? 0 : IndexOf(matched, after) is var index and >= 0 ? index + 1 : Math.Min(Math.Max(0, fallbackSkip), matched.Count);
        return (await RowsAsync(session, kept, matched, query, skip, take, today, ct), matched.Count, skip);
    }

    private static int IndexOf(IReadOnlyList<ModificationSummary> rows, string reference)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.Equals(rows[i].Reference, reference, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }

    /// <param name="kept">The listing kept for the register's stamp, whose key dates are reused (none as at a past date).</param>
    private async Task<IReadOnlyList<RegisterRow>> RowsAsync(IRegisterSession session, ListingCache.Snapshot? kept,
        IReadOnlyList<ModificationSummary> matched, RegisterQuery query, int skip, int take, LocalDate today, CancellationToken ct)
    {
        var asOf = query.AsAt ?? today;
        var page = matched.Skip(skip).Take(take).ToList();
        var known = new Dictionary<ModificationId, KeyDate?>();
        foreach (var row in page)
        {
            if (kept is not null && kept.NextKeyDates.TryGetValue((row.Id, asOf), out var next)) known[row.Id] = next;
        }

        var missing = page.Where(r => !known.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        if (missing.Count > 0)
        {
            var calendar = await core.CalendarAsync(session, ct);
            var releases = await session.ReleasesAsync(ct);
            foreach (var (id, current) in await session.FindManyAsync(missing, ct))
            {
                var then = query.AsAt is { } date ? current.AsAt(date) : current;
                var next = then is null ? null : KeyDates.Next(ModificationView.Of(then, calendar, core.Rules, asOf), releases, asOf);
                known[id] = next;
                kept?.Keep((id, asOf), next);
            }
        }

        return page.Select(r => new RegisterRow(r, known.GetValueOrDefault(r.Id))).ToList();
    }

    /// <summary>The visible rows matching the query, in order, and (when the listing came from it) the listing kept for the stamp.</summary>
    private async Task<(IReadOnlyList<ModificationSummary> Rows, ListingCache.Snapshot? Kept)> MatchAsync(IRegisterSession session, long stamp,
        Viewer viewer, RegisterQuery query, CancellationToken ct)
    {
        var filter = query.Filter with { Limit = null };
        ListingCache.Snapshot? kept = null;
        IReadOnlyList<ModificationSummary> rows;
        if (query.AsAt is { } asAt)
        {
            // As at a date: the record as it stood, but seen under today's classification (a later RED label still hides it).
            var all = await session.LoadAllAsync(ct);
            var visible = all.Where(m => Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation))
                .Select(m => m.Id).ToHashSet();
            rows = RegisterSnapshot.Of(all, asAt).List(filter).Where(r => visible.Contains(r.Id)).ToList();
        }
        else if (string.IsNullOrWhiteSpace(filter.Text))
        {
            // The common listing: filtered in memory from the rows kept while the register is unchanged.
            kept = await cache.RowsAsync(stamp, session, ct);
            rows = await VisibleRegister.VisibleRowsAsync(session, viewer, kept.Rows.Where(filter.MatchesListed).ToList(), ct);
        }
        else
        {
            rows = await VisibleRegister.VisibleRowsAsync(session, viewer, await session.ListAsync(filter, ct), ct);
        }

        if (query.Category is { } category)
        {
            var parties = (await session.PartiesAsync(ct)).Where(p => p.Category == category).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            rows = rows.Where(r => r.ProposerOrganisation is { } o && parties.Contains(o)).ToList();
        }

        return (Order(rows, query.Sort), kept);
    }

    private static List<ModificationSummary> Order(IEnumerable<ModificationSummary> rows, RegisterSort sort) => sort switch
    {
        RegisterSort.Oldest => rows.OrderByDescending(r => r.Id.Series).ThenBy(r => r.Id.Number).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList(),
        RegisterSort.Title => rows.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList(),
        RegisterSort.Stage => rows.OrderBy(r => r.Stage).ThenByDescending(r => r.Id.Number).ToList(),
        RegisterSort.Updated => rows.OrderByDescending(r => r.LastEventOn).ThenByDescending(r => r.Id.Number).ToList(),
        // Current numbering (DP/MP) before the legacy SECMP series.
        _ => rows.OrderBy(r => r.Id.Series).ThenByDescending(r => r.Id.Number).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList(),
    };
}
