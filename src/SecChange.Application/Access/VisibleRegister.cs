using NodaTime;
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
        var modification = await FindVisibleAsync(session, viewer, reference, ct);
        var view = ModificationView.Of(modification, await core.CalendarAsync(session, ct), core.Rules, asOf);
        return Visibility.MayNameConfidentialRespondents(viewer) ? view with { Consultations = modification.Consultations.ToList() } : view;
    }

    /// <summary>One modification as it stood at the end of <paramref name="asAt"/>, if the viewer may see it today.</summary>
    public async Task<ModificationView> ViewAsAtAsync(Viewer viewer, string reference, LocalDate asAt, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var current = await FindVisibleAsync(session, viewer, reference, ct);
        var then = current.AsAt(asAt) ?? throw DomainException.NotFound(
            $"{current.Reference} was not in the register as at {asAt:d MMM yyyy}: it is first known on {current.FirstKnownOn:d MMM yyyy}.");
        var view = ModificationView.Of(then, await core.CalendarAsync(session, ct), core.Rules, asAt);
        return Visibility.MayNameConfidentialRespondents(viewer) ? view with { Consultations = then.Consultations.ToList() } : view;
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

    internal static async Task<bool> MaySeeAsync(IRegisterSession session, Viewer viewer, ModificationSummary row, CancellationToken ct)
    {
        if (!Visibility.NeedsProposerName(viewer, row.Classification))
        {
            return Visibility.MaySee(viewer, row.Classification, proposerName: null, row.ProposerOrganisation);
        }

        // Only the few RED rows need the record itself, to compare the Proposer's name.
        var m = await session.FindAsync(row.Id, ct);
        return m is not null && Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation);
    }
}
