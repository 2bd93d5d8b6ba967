using SecChange.Application.Register;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Rendering;

/// <summary>When a filtered list comes back empty: which values of the filters used do exist, as they are typed.</summary>
public static class NoMatch
{
    public static string Hint(RegisterFilter filter, IReadOnlyList<ModificationSummary> all)
    {
        if (all.Count == 0) return "No modification matches: the register is empty.";
        var parts = new List<string>();
        void Values(bool used, string option, IEnumerable<string?> values)
        {
            if (!used) return;
            var known = values.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            parts.Add($"{option} values in the register: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
        }

        Values(filter.Stage is not null, "--stage", all.Select(s => Kebab(s.Stage)));
        Values(filter.State is not null, "--state", all.Select(s => Kebab(s.State)));
        Values(filter.Path is not null, "--path", all.Select(s => Kebab(s.Path)));
        Values(filter.Party is not null, "--party", all.Select(s => s.ProposerOrganisation));
        Values(filter.ReleaseId is not null, "--release", all.Select(s => s.ReleaseId));
        return string.Join(' ', ["No modification matches these filters.", .. parts]);
    }
}
