using SecChange.Domain.Modifications;

namespace SecChange.Domain.Process;

/// <summary>
/// One row of the transition table: a step (named as the CLI names it), the states it may be taken
/// from, the roles that may take it and the rules it must satisfy. <see cref="Action"/> says the step in
/// process words ("approve the Modification Report"), so refusals read the same in every host.
/// </summary>
public sealed record ProcessStep(
    string Name,
    string Description,
    string Action,
    IReadOnlySet<ModificationState> From,
    IReadOnlySet<ActorRole> Roles,
    IReadOnlyList<ProcessRule> Rules);
