using System.Collections.Immutable;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Views;

/// <summary>
/// What a use case did to one modification: where it now stands, the timeline entries this call recorded,
/// and the whole view for a host that shows the modification again. Immutable, like every view: a host
/// cannot change the register through it.
/// </summary>
public sealed record StepResult(
    string Reference,
    int Version,
    ModificationState State,
    Stage Stage,
    IReadOnlyList<TimelineEntry> Recorded,
    ModificationView View)
{
    /// <summary>The result of a call that took the modification from <paramref name="versionBefore"/> to the view's version.</summary>
    internal static StepResult Of(ModificationView view, int versionBefore) =>
        new(view.Reference, view.Version, view.State, view.Stage, view.Timeline.Skip(versionBefore).ToImmutableArray(), view);
}
