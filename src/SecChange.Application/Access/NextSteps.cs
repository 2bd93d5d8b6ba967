using SecChange.Application.Views;
using SecChange.Domain.Process;

namespace SecChange.Application.Access;

/// <summary>The steps a viewer may take on a modification now: allowed from its state and open to the viewer's role (the transition table decides both).</summary>
public static class NextSteps
{
    public static IReadOnlyList<ProcessStep> For(ModificationView view, Viewer viewer)
    {
        if (!viewer.IsSignedIn)
        {
            return [];
        }

        var role = viewer.AsActorOn(view.ProposerOrganisation).Role;
        return view.AllowedNext.Select(TransitionTable.Get).Where(step => step.MayBeTakenBy(role)).ToList();
    }
}
