using NodaTime;
using SecChange.Application.AsAt;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.StatusReport;

/// <summary>
/// Builds the Change Status Report's content from the register as it stood at the end of a day. Pure: it is
/// given the modifications as they are now, already filtered for the reader, and cuts each at the day
/// (<see cref="RegisterSnapshot"/>); the releases, the meetings the reader may see and the Working Day calendar.
/// </summary>
public sealed class ChangeStatusReportBuilder(WorkingDayCalendar calendar, LocalDate asAt)
{
    private static readonly Stage[] OpenStages = [Stage.Define, Stage.Refine, Stage.Opine, Stage.Implement];

    private readonly ReportPeriods _periods = ReportPeriods.EndingOn(asAt);

    public ChangeStatusReport Build(IReadOnlyList<Modification> current, IReadOnlyList<Release> releases, IReadOnlyList<Meeting> meetings)
    {
        var ordered = RegisterSnapshot.Of(current, asAt).Modifications;
        // The label is today's: a record that existed then but is RED now makes the document RED.
        var labels = current.Where(m => m.FirstKnownOn <= asAt).Select(m => m.Classification);
        var byId = ordered.ToDictionary(m => m.Id);
        var releaseById = releases.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        var decisions = Decisions(ordered, releaseById);
        return new ChangeStatusReport(
            asAt,
            _periods,
            LabelOf(labels, meetings),
            SourceOf(ordered),
            OpenStages.Select(s => new StageCount(s, StageName(s), ordered.Count(m => m.Stage == s))).ToList(),
            Recommended(ordered, ModificationRoute.RefinementProcess),
            Recommended(ordered, ModificationRoute.ReportPhase),
            decisions.Where(d => d is { IsFinal: true, Outcome: DecisionOutcome.Approve }).ToList(),
            new DefineSection(NewDraftProposals(ordered), CscDecisions(ordered)),
            Refine(ordered, byId, meetings),
            Assessments(ordered),
            Opine(ordered, decisions),
            Releases(ordered, releaseById),
            Notes);
    }

    /// <summary>What a reader must know to read the figures; the report prints them.</summary>
    public static readonly IReadOnlyList<string> Notes =
    [
        "Durations are in Working Days (England and Wales, bank holidays excluded), counted from the day after the start to the end day inclusive, less any pause.",
        "Change Status Reports written by hand have counted some durations in weekdays, start day included, without excluding bank holidays; their figures can be a few days higher.",
        "Averages are over the entries whose start is known: modifications entered from published documents may lack a raised or accepted date, and the count with a known duration is shown beside each average.",
        "\"Since the last report\" is the month to the report's date; timescales cover the twelve months to it.",
    ];

    private static string StageName(Stage stage) => stage switch
    {
        Stage.Define => "Define",
        Stage.Refine => "Refine",
        Stage.Opine => "Opine",
        _ => "Implement",
    };

    /// <summary>The label the document carries: the most restrictive of the records it draws on (WHITE when all are public).</summary>
    private static Classification LabelOf(IEnumerable<Classification> modifications, IReadOnlyList<Meeting> meetings) =>
        modifications.Concat(meetings.Select(m => m.Classification))
            .Where(c => c != Classification.None).DefaultIfEmpty(Classification.White).Min();

    private RegisterState SourceOf(IReadOnlyList<Modification> modifications)
    {
        var last = modifications.Select(m => (m.Reference, Event: m.Events[^1]))
            .OrderBy(x => x.Event.OccurredOn).ThenBy(x => x.Event.RecordedAt).LastOrDefault();
        var recorded = modifications.Count == 0 ? (Instant?)null : modifications.Max(m => m.Events.Max(e => e.RecordedAt));
        return new RegisterState(asAt, last.Reference, last.Event?.OccurredOn, recorded, modifications.Count);
    }

    private static ModificationLine Line(Modification m) => new(m.Reference, m.Title);

    private static List<ModificationLine> Recommended(IEnumerable<Modification> modifications, ModificationRoute route) =>
        modifications.Where(m =>
                (m.State == ModificationState.AwaitingConversion && m.CscReviews.Count > 0 &&
                 m.CscReviews[^1] is { Outcome: CscOutcome.ReadyToConvert } r && r.RecommendedRoute == route) ||
                (m.State is ModificationState.Refinement or ModificationState.ReportPhase && m.RecommendedRoute == route))
            .Select(Line).ToList();

    private List<DecisionLine> Decisions(IEnumerable<Modification> modifications, IReadOnlyDictionary<string, Release> releases) =>
        modifications.SelectMany(m => m.Decisions.Where(d => _periods.InMonth(d.On)).Select(d => new DecisionLine(Line(m), d.On, d.Body, d.Outcome,
                d.IsFinal, d.IsSelfGovernance,
                d.Outcome == DecisionOutcome.Approve ? ReleaseOf(m, releases) : null,
                m.Challenges.LastOrDefault(c => c.On >= d.On)?.To)))
            .OrderBy(d => d.On).ThenBy(d => d.Modification.Reference, StringComparer.Ordinal).ToList();

    private static ReleaseLine? ReleaseOf(Modification m, IReadOnlyDictionary<string, Release> releases) =>
        m.Releases.LastOrDefault(r => r.Status is ReleaseStatus.Approved or ReleaseStatus.Implemented) is { } entry &&
        releases.TryGetValue(entry.ReleaseId, out var release)
            ? LineOf(release)
            : null;

    private static ReleaseLine LineOf(Release r) => new(r.Id, r.Name, r.Date, r.Kind);

    private List<NewDraftProposal> NewDraftProposals(IEnumerable<Modification> modifications) =>
        modifications.Where(m => m.RaisedOn is { } raised && _periods.InMonth(raised) && m.Parent is null)
            .OrderBy(m => m.RaisedOn).ThenBy(m => m.Id)
            .Select(m => new NewDraftProposal(Line(m), m.ProposerName, m.ProposerOrganisation, m.RaisedOn!.Value, m.ProblemStatement, m.State,
                m.Releases.Where(r => r.Status == ReleaseStatus.Implemented).Select(r => (LocalDate?)r.Since).LastOrDefault()))
            .ToList();

    private List<CscDecisionLine> CscDecisions(IEnumerable<Modification> modifications) =>
        modifications.SelectMany(m => m.CscReviews.Where(r => _periods.InMonth(r.On))
                .Select(r => new CscDecisionLine(Line(m), r.On, r.Outcome, r.RecommendedRoute, r.Meeting)))
            .OrderBy(r => r.On).ThenBy(r => r.Modification.Reference, StringComparer.Ordinal).ToList();

    private RefineSection Refine(IReadOnlyList<Modification> modifications, IReadOnlyDictionary<ModificationId, Modification> byId,
        IReadOnlyList<Meeting> meetings)
    {
        var monthly = modifications.SelectMany(m => m.WorkingGroupDiscussions.Where(w => w.Kind == WorkingGroupMeetingKind.Monthly).Select(w => (w.On, m)))
            .ToList();
        var lastOn = monthly.Count == 0 ? (LocalDate?)null : monthly.Max(x => x.On);
        var last = lastOn is { } on
            ? new WorkingGroupMeetingLine(on, MeetingOn(meetings, on)?.Id.ToString(), monthly.Where(x => x.On == on).Select(x => Line(x.m)).ToList(), null)
            : null;
        var next = meetings.Where(m => m.Id.Kind == MeetingBody.WorkingGroup && m.On > asAt).OrderBy(m => m.On).FirstOrDefault() is { } upcoming
            ? new WorkingGroupMeetingLine(upcoming.On, upcoming.Id.ToString(),
                upcoming.Items.SelectMany(i => i.Modifications).Distinct().Where(byId.ContainsKey).Order().Select(id => Line(byId[id])).ToList(),
                upcoming.NextMeetingOn)
            : null;

        var adHoc = modifications.SelectMany(m => m.WorkingGroupDiscussions
                .Where(w => w.Kind == WorkingGroupMeetingKind.AdHoc && _periods.InMonth(w.On)).Select(w => new AdHocMeetingLine(w.On, Line(m), w.Summary)))
            .OrderBy(a => a.On).ThenBy(a => a.Modification.Reference, StringComparer.Ordinal).ToList();

        return new RefineSection(last, next, adHoc,
            OpenConsultations(modifications, ConsultationKind.Refinement),
            ExpectedConsultations(modifications, ConsultationKind.Refinement),
            modifications.SelectMany(m => m.Assessments
                    .Where(a => a.Kind == AssessmentKind.Impact && a.ChangeBoardApprovedOn is { } approved && _periods.InMonth(approved))
                    .Select(a => new DatedLine(Line(m), a.ChangeBoardApprovedOn!.Value)))
                .OrderBy(l => l.On).ThenBy(l => l.Modification.Reference, StringComparer.Ordinal).ToList(),
            modifications.SelectMany(m => m.Events.Where(e => e.Change is ImpactAssessmentRequestDeferred && _periods.InMonth(e.OccurredOn))
                    .Select(e => new DatedLine(Line(m), e.OccurredOn)))
                .OrderBy(l => l.On).ThenBy(l => l.Modification.Reference, StringComparer.Ordinal).ToList());
    }

    private static Meeting? MeetingOn(IReadOnlyList<Meeting> meetings, LocalDate on) =>
        meetings.FirstOrDefault(m => m.Id.Kind == MeetingBody.WorkingGroup && m.On == on);

    private static List<ConsultationLine> OpenConsultations(IEnumerable<Modification> modifications, ConsultationKind kind) =>
        modifications.Select(m => (m, Open: m.OpenConsultation(kind))).Where(x => x.Open is not null)
            .Select(x => new ConsultationLine(Line(x.m), x.Open!.OpenedOn, x.Open.Closes)).ToList();

    private static List<ExpectedConsultationLine> ExpectedConsultations(IEnumerable<Modification> modifications, ConsultationKind kind) =>
        modifications.SelectMany(m => m.PlannedConsultations.Where(p => p.Kind == kind).Select(p => new ExpectedConsultationLine(Line(m), p.WeekCommencing)))
            .OrderBy(l => l.WeekCommencing).ThenBy(l => l.Modification.Reference, StringComparer.Ordinal).ToList();

    private AssessmentTimescales Assessments(IReadOnlyList<Modification> modifications)
    {
        var all = modifications.SelectMany(m => m.Assessments.Select(a => (m.Reference, a))).ToList();
        var open = all.Where(x => x.a.IsOpen && x.a.AcceptedOn is not null)
            .Select(x => new OpenAssessmentLine(x.Reference, x.a.Kind, x.a.AcceptedOn!.Value, x.a.TargetWorkingDays, Count(() => x.a.DurationAsOf(calendar, asAt))))
            .OrderBy(l => l.AcceptedOn).ThenBy(l => l.Reference, StringComparer.Ordinal).ToList();
        var returned = all.Where(x => x.a.ReturnedOn is { } on && _periods.InYear(on))
            .Select(x => new ReturnedAssessmentLine(x.Reference, x.a.Kind, x.a.ReturnedOn!.Value, x.a.TargetWorkingDays, Count(() => x.a.ActualDuration(calendar))))
            .OrderBy(l => l.ReturnedOn).ThenBy(l => l.Reference, StringComparer.Ordinal).ToList();

        TimescaleRow Row(string label, IReadOnlyList<int?> durations) => Timescale(label, durations);
        return new AssessmentTimescales(
        [
            Row("Preliminary Assessments open", open.Where(l => l.Kind == AssessmentKind.Preliminary).Select(l => l.CurrentWorkingDays).ToList()),
            Row("Preliminary Assessments completed in the last 12 months",
                returned.Where(l => l.Kind == AssessmentKind.Preliminary).Select(l => l.ActualWorkingDays).ToList()),
            Row("Impact Assessments open", open.Where(l => l.Kind == AssessmentKind.Impact).Select(l => l.CurrentWorkingDays).ToList()),
            Row("Impact Assessments completed in the last 12 months",
                returned.Where(l => l.Kind == AssessmentKind.Impact).Select(l => l.ActualWorkingDays).ToList()),
        ], open, returned);
    }

    private static TimescaleRow Timescale(string label, IReadOnlyList<int?> durations)
    {
        var known = durations.OfType<int>().ToList();
        return new TimescaleRow(label, durations.Count,
            known.Count == 0 ? null : (int)Math.Round(known.Average(), MidpointRounding.AwayFromZero), known.Count);
    }

    /// <summary>A Working Day count, or unknown when a date falls outside the bank-holiday data.</summary>
    private static int? Count(Func<int?> count)
    {
        try
        {
            return count();
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private OpineSection Opine(IReadOnlyList<Modification> modifications, IReadOnlyList<DecisionLine> decisions)
    {
        var open = modifications.Where(m => m.State.IsPreDecision()).ToList();
        var concluded = modifications.Select(m => (m, On: ConcludedOn(m))).Where(x => x.On is { } on && _periods.InYear(on)).ToList();
        return new OpineSection(
            OpenConsultations(modifications, ConsultationKind.ModificationReport),
            ExpectedConsultations(modifications, ConsultationKind.ModificationReport),
            decisions.Where(d => d.Body == DecidingBody.ChangeBoard).ToList(),
            decisions.Where(d => d.Body == DecidingBody.Authority).ToList(),
            modifications.Where(m => m.State is ModificationState.AwaitingAuthorityDecision or ModificationState.UnderAppeal).Select(Line).ToList(),
            [
                Timescale("Proposals open (pre-decision)",
                    open.Select(m => m.RaisedOn is { } raised ? Count(() => calendar.WorkingDaysBetween(raised, asAt)) : null).ToList()),
                Timescale("Proposals concluded in the last 12 months",
                    concluded.Select(x => x.m.RaisedOn is { } raised ? Count(() => calendar.WorkingDaysBetween(raised, x.On!.Value)) : null).ToList()),
            ]);
    }

    /// <summary>The day a proposal was concluded: its final decision, or its withdrawal.</summary>
    private static LocalDate? ConcludedOn(Modification m) =>
        m.State == ModificationState.Withdrawn ? m.ClosedOn : m.Decisions.LastOrDefault(d => d.IsFinal)?.On;

    private ReleaseSection Releases(IReadOnlyList<Modification> modifications, IReadOnlyDictionary<string, Release> byId)
    {
        var implemented = modifications.SelectMany(m => m.Releases
                .Where(r => r.Status == ReleaseStatus.Implemented && _periods.InMonth(r.Since) && byId.ContainsKey(r.ReleaseId))
                .Select(r => new ImplementedLine(Line(m), LineOf(byId[r.ReleaseId]), r.Since, r.Part)))
            .OrderBy(l => l.On).ThenBy(l => l.Modification.Reference, StringComparer.Ordinal).ToList();
        var next = byId.Values.Where(r => r.Kind == ReleaseKind.Scheduled && r.Date > asAt).OrderBy(r => r.Date).FirstOrDefault();
        var approved = next is null
            ? []
            : modifications.SelectMany(m => m.Releases
                    .Where(r => r.Status == ReleaseStatus.Approved && string.Equals(r.ReleaseId, next.Id, StringComparison.OrdinalIgnoreCase))
                    .Select(r => new ReleaseModificationLine(Line(m), r.Part)))
                .ToList();
        return new ReleaseSection(implemented, next is null ? null : LineOf(next), approved);
    }
}
