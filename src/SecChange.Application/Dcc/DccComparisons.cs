using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.AsAt;
using SecChange.Application.Register;
using SecChange.Dcc.Comparison;
using SecChange.Dcc.Rules;
using SecChange.Dcc.Simulation;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Dcc;

/// <summary>
/// "What does this release do to my fleet?": composes the DCC System rule sets from the register's release
/// scope and runs the same fleet and campaign without and with the release (or one modification). Shared
/// by every host; the DCC model itself never sees the register.
/// </summary>
public sealed class DccComparisons(RegisterCore core)
{
    /// <summary>The most Devices a comparison for a reader of the website runs over.</summary>
    public const int WebFleetLimit = 2_000;

    /// <summary>
    /// The behaviours shipped with the model, checked against the register: every reference must name a
    /// modification the register holds.
    /// </summary>
    public Task<BehaviourCatalogue> ShippedBehavioursAsync(CancellationToken ct = default) => CheckAsync(BehaviourCatalogue.Default, ct);

    /// <summary>Loads behaviours from JSON text and checks them against the register.</summary>
    /// <exception cref="DomainException">Invalid: the text is not a behaviour file. Not found: it names a modification the register does not hold.</exception>
    public async Task<BehaviourCatalogue> LoadBehavioursAsync(string json, CancellationToken ct = default) =>
        await CheckAsync(ParseBehaviours(json), ct);

    /// <summary>Reads behaviours from JSON text, not yet checked against the register.</summary>
    /// <exception cref="DomainException">Invalid: the text is not a behaviour file.</exception>
    public static BehaviourCatalogue ParseBehaviours(string json)
    {
        try
        {
            return BehaviourCatalogue.Load(json);
        }
        catch (FormatException ex)
        {
            throw DomainException.Invalid(ex.Message);
        }
    }

    /// <summary>
    /// The rule sets for a release (or one modification in it), from the whole register as it stood at the end of
    /// <paramref name="asAt"/> (default today). The behaviours are checked against the register first, in the same read.
    /// </summary>
    public async Task<DccRuleSets> RuleSetsAsync(BehaviourCatalogue behaviours, string? releaseId, string? modification, LocalDate? asAt = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(behaviours);
        await using var session = await core.ReadAsync(ct);
        var all = await session.LoadAllAsync(ct);
        behaviours = Check(behaviours, all.Select(m => m.Reference));
        var date = asAt ?? core.Today;
        var asItStood = all.Select(m => m.AsAt(date)).OfType<Modification>().ToList();
        if (modification is not null && !asItStood.Any(m => string.Equals(m.Reference, modification.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw VisibleRegister.NoSuchModification(modification);
        }

        var releases = (await session.ReleasesAsync(ct)).Select(r => ReleaseAsAt.Of(r, asItStood, date)).ToList();
        return DccRuleSets.Compose(behaviours, releases, releaseId, modification);
    }

    /// <summary>The rule sets for one modification as a reader may see the register (not found when the reader may not see it).</summary>
    public async Task<DccRuleSets> RuleSetsForAsync(Viewer viewer, string modification, CancellationToken ct = default)
    {
        // One read of the register serves both the check of the shipped behaviours and the comparison (a page asks this per request).
        await using var session = await core.ReadAsync(ct);
        var all = await session.LoadAllAsync(ct);
        var behaviours = Check(BehaviourCatalogue.Default, all.Select(m => m.Reference));
        var found = await VisibleRegister.FindVisibleAsync(session, viewer, modification, ct);
        var visible = all.Where(m => Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation)).ToList();
        var releases = (await session.ReleasesAsync(ct)).Select(r => ReleaseAsAt.Of(r, visible, core.Today)).ToList();
        return DccRuleSets.Compose(behaviours, releases, null, found.Reference);
    }

    /// <summary>A modification's DCC System behaviour in the shipped behaviours, or null when it has none.</summary>
    public static ModificationBehaviour? BehaviourOf(string reference) =>
        BehaviourCatalogue.Default.TryGet(reference, out var behaviour) ? behaviour : null;

    /// <summary>Runs the fleet and campaign under both rule sets.</summary>
    public FleetComparisonReport Compare(DccRuleSets ruleSets, ComparisonFleet fleet, CampaignSettings settings)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        try
        {
            return FleetComparison.Run(fleet, settings, ruleSets.Before, ruleSets.After, core.Clock);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw DomainException.Invalid(OutOfRange.Reason(ex));
        }
    }

    private async Task<BehaviourCatalogue> CheckAsync(BehaviourCatalogue catalogue, CancellationToken ct) =>
        Check(catalogue, await core.ReadAsync(async s => (await s.LoadAllAsync(ct)).Select(m => m.Reference).ToList(), ct));

    private static BehaviourCatalogue Check(BehaviourCatalogue catalogue, IEnumerable<string> references)
    {
        var held = references.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = catalogue.References.Where(r => !held.Contains(r)).ToList();
        return missing.Count == 0
            ? catalogue
            : throw DomainException.NotFound(
                $"The DCC behaviours name {string.Join(", ", missing)}, which the register does not hold: a behaviour must belong to a modification in the register.");
    }
}
