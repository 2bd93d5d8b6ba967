using SecChange.Domain.Modifications;

namespace SecChange.Domain.Process;

/// <summary>
/// One row of the transition table: a step (named as the CLI names it), the states it may be taken
/// from, the roles that may take it and the rules it must satisfy. <see cref="Action"/> says the step in
/// process words ("approve the Modification Report"), so refusals read the same in every host.
/// </summary>
/// <remarks>
/// The states and roles are short lists searched by a loop: sets of enum values (and queries over them) are compiled
/// afresh in every process, and the table is built by every command that shows or changes a modification.
/// </remarks>
public sealed record ProcessStep(
    string Name,
    string Description,
    string Action,
    IReadOnlyList<ModificationState> From,
    IReadOnlyList<ActorRole> Roles,
    IReadOnlyList<ProcessRule> Rules)
{
    public bool IsAllowedFrom(ModificationState state)
    {
        for (var i = 0; i < From.Count; i++)
        {
            if (From[i] == state) return true;
        }

        return false;
    }

    public bool MayBeTakenBy(ActorRole role)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i] == role) return true;
        }

        return false;
    }
}
