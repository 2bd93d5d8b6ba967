using NodaTime;
using SecChange.Application.AsAt;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Access;

/// <summary>
/// The register as one viewer may see it: every host's reads for people (pages, API, feeds, exports) go
/// through here, so <see cref="Visibility"/> applies to all of them alike. A hidden record is reported with the
/// very message a missing one gets.
/// </summary>
public sealed class VisibleRegister(RegisterCore core)
{
    /// <summary>One modification as the viewer may see it, durations counted to <paramref name="asOf"/>.</summary>
    public async Task<ModificationView> ViewAsync(Viewer viewer, string reference, LocalDate asOf, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        return await PresentAsync(session, viewer, await FindVisibleAsync(session, viewer, reference, ct), asOf, ct);
    }

    /// <summary>One modification as it stood at the end of <paramref name="asAt"/>, if the viewer may see it today.</summary>
    public async Task<ModificationView> ViewAsAtAsync(Viewer viewer, string reference, LocalDate asAt, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var current = await FindVisibleAsync(session, viewer, reference, ct);
        return await PresentAsync(session, viewer, RegisterAsAt.AsItStood(current, current.Reference, asAt), asAt, ct);
    }

    /// <summary>
    /// The title and label of each modification among <paramref name="references"/> that the viewer may see, read together
    /// (a document naming many modifications asks once); those hidden from the viewer or not in the register are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, (string Title, Classification Label)>> TitlesAsync(Viewer viewer, IEnumerable<string> references,
        CancellationToken ct = default)
    {
        // Keyed by the reference as given: minutes name a modification as it was then ("DP098"), the register as it is now.
        var given = references.Select(r => (Reference: r, Id: ModificationId.TryParse(r, out var id) ? id : (ModificationId?)null))
            .Where(r => r.Id is not null).ToList();
        var titles = new Dictionary<string, (string Title, Classification Label)>(StringComparer.OrdinalIgnoreCase);
        if (given.Count == 0) return titles;
        await using var session = await core.ReadAsync(ct);
        var found = await session.FindManyAsync([.. given.Select(g => g.Id!.Value).Distinct()], ct);
        foreach (var (reference, id) in given)
        {
            if (found.TryGetValue(id!.Value, out var m) && Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation))
            {
                titles[reference] = (m.Title, m.Classification);
            }
        }

        return titles;
    }

    /// <summary>The view, with confidential respondents named only to those the policy allows.</summary>
    internal async Task<ModificationView> PresentAsync(IRegisterSession session, Viewer viewer, Modification modification, LocalDate asOf,
        CancellationToken ct)
    {
        var view = await core.ViewAsync(session, modification, asOf, ct);
        return Visibility.MayNameConfidentialRespondents(viewer) ? view with { Consultations = modification.Consultations.ToList() } : view;
    }

    /// <summary>The modification, if it exists and the viewer may see it; otherwise the not-found error a missing one gets.</summary>
    internal static async Task<Modification> FindVisibleAsync(IRegisterSession session, Viewer viewer, string reference, CancellationToken ct)
    {
        if (ModificationId.TryParse(reference, out var id) && await session.FindAsync(id, ct) is { } m &&
            Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation))
        {
            return m;
        }

        throw NoSuchModification(reference);
    }

    public static DomainException NoSuchModification(string reference) =>
        DomainException.NotFound($"There is no modification {Shorten(reference.Trim().ToUpperInvariant())} in the register.");

    private static string Shorten(string reference) => reference.Length <= 40 ? reference : reference[..40] + "…";

    /// <summary>The rows the viewer may see, in their order. Only RED rows (for a signed-in outsider) need the record itself,
    /// to compare the Proposer's name; those are read together, a few hundred per query.</summary>
    internal static async Task<List<ModificationSummary>> VisibleRowsAsync(IRegisterSession session, Viewer viewer,
        IReadOnlyList<ModificationSummary> rows, CancellationToken ct)
    {
        var proposers = new Dictionary<ModificationId, Modification>();
        foreach (var chunk in rows.Where(r => Visibility.NeedsProposerName(viewer, r.Classification)).Select(r => r.Id).Chunk(500))
        {
            foreach (var (id, m) in await session.FindManyAsync(chunk, ct)) proposers[id] = m;
        }

        return rows.Where(r => Visibility.NeedsProposerName(viewer, r.Classification)
                ? proposers.TryGetValue(r.Id, out var m) && Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation)
                : Visibility.MaySee(viewer, r.Classification, proposerName: null, r.ProposerOrganisation))
            .ToList();
    }
}
