using SecChange.Application.AsAt;
using SecChange.Dcc;
using SecChange.Dcc.Rules;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.Dcc;

/// <summary>
/// The two rule sets a comparison runs, composed from the register: <see cref="Before"/> is the baseline with
/// the behaviours of every modification approved for or implemented in an earlier release; <see cref="After"/>
/// adds those the release brings (approved or implemented in it), or only the one modification asked for.
/// </summary>
/// <param name="Release">The release compared, or null for a modification in no release.</param>
/// <param name="Modification">The one modification asked for, or null for the whole release.</param>
/// <param name="Before">Without the release (or the modification).</param>
/// <param name="After">With it.</param>
/// <param name="Included">What <paramref name="After"/> adds, as the register holds it in the release.</param>
/// <param name="NotIncluded">Modifications with DCC behaviour the release holds but has not approved yet (only targeted).</param>
public sealed record DccRuleSets(
    Release? Release,
    string? Modification,
    RuleSet Before,
    RuleSet After,
    IReadOnlyList<ReleaseContent> Included,
    IReadOnlyList<ReleaseContent> NotIncluded)
{
    private static bool InForce(ReleaseContent c) => c.Status is ReleaseStatus.Approved or ReleaseStatus.Implemented;

    private static bool Is(ReleaseContent c, string reference) => string.Equals(c.Reference, reference, StringComparison.OrdinalIgnoreCase);

    /// <summary>Composes the rule sets from the releases as the register holds them (each with its contents).</summary>
    /// <exception cref="DomainException">Not found: no such release. Broken: the modification carries no behaviour, or is not in the release.</exception>
    public static DccRuleSets Compose(BehaviourCatalogue catalogue, IReadOnlyList<ReleaseAsAt> releases, string? releaseId, string? modification)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(releases);
        if (releaseId is null && modification is null)
        {
            throw DomainException.Invalid("Name a release (--release), a modification (--modification), or both.");
        }

        var ordered = releases.OrderBy(r => r.Release.Date).ToList();
        var reference = modification?.Trim().ToUpperInvariant();
        if (reference is not null && !catalogue.TryGet(reference, out _))
        {
            throw DomainException.Broken(DccMessages.NoBehaviour(reference, catalogue.References));
        }

        var release = releaseId is not null
            ? ordered.FirstOrDefault(r => string.Equals(r.Release.Id, releaseId.Trim(), StringComparison.OrdinalIgnoreCase))
              ?? throw DomainException.NotFound(
                  $"No release {(releaseId.Length <= 20 ? releaseId : releaseId[..20] + "…")} is defined; known releases: {string.Join(", ", ordered.Select(r => r.Release.Id))}.")
            : ordered.LastOrDefault(r => r.Modifications.Any(c => Is(c, reference!)));

        var earlier = ordered.Where(r => release is null || r.Release.Date < release.Release.Date)
            .SelectMany(r => r.Modifications).Where(InForce).Select(c => c.Reference)
            .Where(r => reference is null || !string.Equals(r, reference, StringComparison.OrdinalIgnoreCase)).ToList();
        var withBehaviour = release?.Modifications.Where(c => catalogue.TryGet(c.Reference, out _)).ToList() ?? [];

        List<ReleaseContent> included, notIncluded;
        if (reference is not null)
        {
            if (releaseId is not null && !release!.Modifications.Any(c => Is(c, reference)))
            {
                throw DomainException.Broken($"{reference} is not in release {release.Release.Id}; it holds " +
                    (release.Modifications.Count == 0 ? "no modification." : string.Join(", ", release.Modifications.Select(c => $"{c.Reference} ({c.Status})")) + "."));
            }

            included = release?.Modifications.Where(c => Is(c, reference)).Take(1).ToList() ?? [new ReleaseContent(reference, null, ReleaseStatus.None)];
            notIncluded = [];
        }
        else
        {
            included = [.. withBehaviour.Where(InForce)];
            notIncluded = [.. withBehaviour.Where(c => !InForce(c))];
        }

        var before = catalogue.Compose(earlier, release is null ? $"Without {reference}" : $"Before release {release.Release.Id}");
        var after = catalogue.Compose([.. earlier, .. included.Select(c => c.Reference)],
            reference is null ? $"With release {release!.Release.Id}" : $"With {reference}");
        return new DccRuleSets(release?.Release, reference, before, after, included, notIncluded);
    }
}
