using NodaTime;

namespace SecChange.Domain.Modifications;

/// <summary>One line of a Modification Report's progression timetable: what happened, on a day or over a span.</summary>
public sealed record TimetableEntry(string Action, LocalDate From, LocalDate? To = null);

/// <summary>
/// Appendix 1 of a Modification Report (seed 004), built from the modification's events in SECAS's words: each
/// step that moves the proposal on gets a line; a consultation is one line from its opening to its close (or the
/// day it is due to close while open). Housekeeping steps (amendments, release targeting, acceptances) get none.
/// </summary>
public static class ProgressionTimetable
{
    private static readonly string[] Ordinals = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

    public static IReadOnlyList<TimetableEntry> Of(IReadOnlyList<ModificationEvent> events)
    {
        var totals = events.Select(e => e.Change).OfType<AssessmentRequested>().GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
        var entries = new List<TimetableEntry>();
        var assessmentKinds = new Dictionary<string, AssessmentKind>(StringComparer.OrdinalIgnoreCase);
        var requested = new Dictionary<AssessmentKind, int>();
        var openConsultations = new Dictionary<ConsultationKind, int>();
        foreach (var e in events)
        {
            var on = e.OccurredOn;
            switch (e.Change)
            {
                case DraftProposalRaised:
                    entries.Add(new("Draft Proposal raised", on));
                    break;
                case AlternativeRaised a:
                    entries.Add(new($"Raised as an alternative solution to {a.Parent}", on));
                    break;
                case CscOutcomeRecorded c:
                    entries.Add(new(c.Outcome == CscOutcome.FurtherDevelopmentRequired
                        ? "Presented to CSC: further development required"
                        : "Presented to CSC for final comment and recommendations", on));
                    break;
                case ConvertedToModificationProposal:
                    entries.Add(new("Panel converts Draft Proposal to Modification Proposal", on));
                    break;
                case RouteChanged r:
                    entries.Add(new($"Panel moves the modification to the {r.Route.Describe()}", on));
                    break;
                case WorkingGroupMeetingHeld:
                    entries.Add(new("Modification discussed with Working Group", on));
                    break;
                case AssessmentRequested r:
                    assessmentKinds[r.AssessmentId] = r.Kind;
                    requested[r.Kind] = requested.GetValueOrDefault(r.Kind) + 1;
                    entries.Add(new(r is { Kind: AssessmentKind.Impact, ChangeBoardApprovedOn: not null }
                        ? "Impact Assessment costs approved by Change Board"
                        : $"{Numbered(r.Kind, requested[r.Kind], totals[r.Kind])} requested", on));
                    break;
                case ImpactAssessmentRequestDeferred:
                    entries.Add(new("Impact Assessment request deferred by Change Board", on));
                    break;
                case AssessmentReturned r:
                    var kind = r.Kind != AssessmentKind.None ? r.Kind : assessmentKinds.GetValueOrDefault(r.AssessmentId);
                    entries.Add(new($"{Numbered(kind, requested.GetValueOrDefault(kind, 1), totals.GetValueOrDefault(kind))} returned", on));
                    break;
                case ConsultationOpened o:
                    openConsultations[o.Kind] = entries.Count;
                    entries.Add(new(o.Kind.Describe(), on, o.Closes));
                    break;
                case ConsultationClosed c when openConsultations.Remove(c.Kind, out var index):
                    entries[index] = entries[index] with { To = on };
                    break;
                case ModificationReportApproved:
                    entries.Add(new("Modification Report approved by CSC", on));
                    break;
                case DecisionRecorded d:
                    entries.Add(new(Decision(d), on));
                    break;
                case DecisionChallenged c:
                    entries.Add(new(c.Describe(), on));
                    break;
                case ChallengeDetermined c:
                    entries.Add(new(c.Describe(), on));
                    break;
                case Withdrawn:
                    entries.Add(new("Withdrawn by the Proposer", on));
                    break;
                case ReleaseImplemented r:
                    entries.Add(new($"Implemented in the {r.ReleaseId} SEC Release", on));
                    break;
            }
        }

        return entries;
    }

    /// <summary>"First Preliminary Assessment" when there were several; a kind asked for once is just "Preliminary Assessment".</summary>
    private static string Numbered(AssessmentKind kind, int count, int total) =>
        total <= 1 ? kind.Describe()
        : count <= Ordinals.Length ? $"{Ordinals[count - 1]} {kind.Describe()}"
        : $"{kind.Describe()} {count}";

    private static string Decision(DecisionRecorded d) => (d.Body, d.Outcome) switch
    {
        (DecidingBody.ChangeBoard, _) => $"Change Board vote: {d.Outcome.Describe()}",
        (DecidingBody.Panel, _) => $"Panel decision: {d.Outcome.Describe()}",
        _ => $"Authority decision: {d.Outcome.Describe()}",
    };
}
