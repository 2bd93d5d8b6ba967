using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Process;

/// <summary>
/// When a Self-Governance decision may still be referred to the Panel or appealed to the Authority:
/// the configured number of Working Days after the decision. The Authority's own decisions have no window.
/// </summary>
public static class ChallengeWindow
{
    public static int Days(CodeRules rules, DecidingBody to) =>
        to == DecidingBody.Panel ? rules.ReferralWindowWorkingDays : rules.AppealWindowWorkingDays;

    /// <summary>The last day a challenge to <paramref name="to"/> may be raised, or null when none can be.</summary>
    public static LocalDate? Closes(Modification modification, WorkingDayCalendar calendar, CodeRules rules, DecidingBody to) =>
        modification.LatestDecision is { IsFinal: true, IsSelfGovernance: true, Body: not DecidingBody.Authority } decision &&
        modification.State is ModificationState.Approved or ModificationState.Rejected
            ? calendar.AddWorkingDays(decision.On, Days(rules, to))
            : null;
}
