using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Application.Modifications;

/// <summary>What recording a decision takes: the decision itself (the Change Board's follows its ballot unless given) and, on approval, the release approval.</summary>
internal static class Decisions
{
    public static IReadOnlyList<ModificationChange> Changes(CodeRules rules, Modification modification, DecidingBody body, DecisionOutcome? outcome,
        string? release, string? part)
    {
        var decided = outcome ?? (body == DecidingBody.ChangeBoard
            ? rules.DecisionFromBallot(modification.Reference, modification.CurrentBallot)
            : throw Domain.Errors.DomainException.Invalid("A decision needs its outcome: approve or reject."));
        var decision = new DecisionRecorded(body, decided);
        return release is { } r && decision.Outcome == DecisionOutcome.Approve ? [decision, new ReleaseApproved(r, part)] : [decision];
    }
}
