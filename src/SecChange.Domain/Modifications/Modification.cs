using NodaTime;
using SecChange.Domain.Errors;
using SecChange.Domain.Parties;

namespace SecChange.Domain.Modifications;

/// <summary>
/// A modification as its events make it: every property is derived by replaying the events in order,
/// so the timeline and the current state can never disagree.
/// </summary>
public sealed class Modification
{
    private readonly List<ModificationEvent> _events = [];
    private readonly List<Assessment> _assessments = [];
    private readonly List<Consultation> _consultations = [];
    private readonly List<WorkingGroupDiscussion> _workingGroups = [];
    private readonly List<CscReview> _cscReviews = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<Challenge> _challenges = [];
    private readonly List<ReleaseEntry> _releases = [];
    private readonly List<ModificationId> _alternatives = [];
    private readonly List<PlannedConsultation> _plannedConsultations = [];
    private readonly List<Voting.Vote> _votes = [];
    private int _ballotStart;

    private Modification(ModificationId id) => Id = id;

    public ModificationId Id { get; }
    /// <summary>DP105 before conversion, MP105 after; SECMP numbers never change.</summary>
    public string Reference => Id.Display(Converted);
    public bool Converted { get; private set; }
    public string Title { get; private set; } = "";
    public string? ProposerName { get; private set; }
    public string? ProposerOrganisation { get; private set; }
    public bool RaisedByPanel { get; private set; }
    public string? LeadAnalyst { get; private set; }
    /// <summary>
    /// The day it was raised, when known: null for a modification entered from history whose documents do
    /// not give it (the first date a document shows is <see cref="FirstKnownOn"/>, not a raised date).
    /// </summary>
    public LocalDate? RaisedOn { get; private set; }
    /// <summary>The date of its first event: the day it was raised, or the first date a document shows it.</summary>
    public LocalDate FirstKnownOn { get; private set; }
    public bool EnteredFromHistory { get; private set; }
    public string? ProblemStatement { get; private set; }
    public string? Solution { get; private set; }
    public ModificationState State { get; private set; }
    public Stage Stage => State.Stage();
    public ModificationPath Path { get; private set; }
    public ModificationRoute Route { get; private set; }
    public bool FastTrack { get; private set; }
    public bool Urgent { get; private set; }
    public Classification Classification { get; private set; }
    public IReadOnlyList<SecObjective> Objectives { get; private set; } = [];
    public IReadOnlyList<string> AffectedDocuments { get; private set; } = [];
    public IReadOnlyList<PartyCategory> ImpactedCategories { get; private set; } = [];
    public IReadOnlyList<string> Irps { get; private set; } = [];
    public bool DccSystemImpact { get; private set; }
    public bool DuisImpact { get; private set; }
    public int? LeadTimeMonths { get; private set; }
    public CostEstimate? Costs { get; private set; }
    public IReadOnlyList<string> ServiceProviders { get; private set; } = [];
    public IReadOnlyList<string> TestPhases { get; private set; } = [];

    /// <summary>The Modification Report's written sections, in report order.</summary>
    public IReadOnlyList<ReportText> ReportText { get; private set; } = [];
    public ModificationId? Parent { get; private set; }
    public IReadOnlyList<ModificationId> Alternatives => _alternatives;
    public bool ModificationReportApproved { get; private set; }
    /// <summary>True when a Modification Report Consultation has closed since the report was last approved.</summary>
    public bool ModificationReportConsultationClosed { get; private set; }
    public IReadOnlyList<ModificationEvent> Events => _events;
    public IReadOnlyList<Assessment> Assessments => _assessments;
    public IReadOnlyList<Consultation> Consultations => _consultations;
    public IReadOnlyList<WorkingGroupDiscussion> WorkingGroupDiscussions => _workingGroups;
    public IReadOnlyList<CscReview> CscReviews => _cscReviews;
    public IReadOnlyList<Decision> Decisions => _decisions;
    public IReadOnlyList<Challenge> Challenges => _challenges;
    public IReadOnlyList<ReleaseEntry> Releases => _releases;
    /// <summary>Consultations expected to be issued and not yet opened.</summary>
    public IReadOnlyList<PlannedConsultation> PlannedConsultations => _plannedConsultations;
    /// <summary>The route SECAS has recommended the Panel move it to, until the Panel moves it (None when there is no such recommendation).</summary>
    public ModificationRoute RecommendedRoute { get; private set; }
    /// <summary>The day of <see cref="RecommendedRoute"/>'s recommendation.</summary>
    public LocalDate? RecommendedOn { get; private set; }
    /// <summary>Every Change Board vote ever cast on this modification.</summary>
    public IReadOnlyList<Voting.Vote> Votes => _votes;
    /// <summary>Every vote cast in the ballot now open (since the last Change Board decision), replaced positions included.</summary>
    public IReadOnlyList<Voting.Vote> OpenBallotVotes => _votes.Skip(_ballotStart).ToList();
    /// <summary>The ballot now open as it counts: each seat's latest position (a member may change theirs until the decision).</summary>
    public IReadOnlyList<Voting.Vote> CurrentBallot => OpenBallotVotes.GroupBy(v => v.Seat, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();
    /// <summary>The number of events: the version used to detect concurrent edits.</summary>
    public int Version => _events.Count;
    public LocalDate LastEventOn => _events[^1].OccurredOn;
    public Decision? LatestDecision => _decisions.Count > 0 ? _decisions[^1] : null;
    public LocalDate? ClosedOn { get; private set; }

    public Consultation? OpenConsultation(ConsultationKind kind) =>
        _consultations.LastOrDefault(c => c.Kind == kind && c.IsOpen);

    public Assessment? FindAssessment(string id) =>
        _assessments.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The next free assessment id of a kind: PA1, PA2, IA1, ...</summary>
    public string NextAssessmentId(AssessmentKind kind) =>
        $"{kind.Abbreviation()}{_assessments.Count(a => a.Kind == kind) + 1}";

    /// <summary>Rebuilds a modification from its events, which must be in sequence order and start with a creation.</summary>
    public static Modification Replay(IEnumerable<ModificationEvent> events)
    {
        Modification? m = null;
        foreach (var e in events)
        {
            m ??= new Modification(e.Modification);
            m.Apply(e);
        }

        return m ?? throw DomainException.Invalid("A modification needs at least one event.");
    }

    /// <summary>
    /// The modification as it stood at the end of <paramref name="asAt"/>: its events effective (dated) on or
    /// before that day, replayed; when and how they were recorded does not matter. Null when its history
    /// starts later (it did not exist then). Events never go back in date, so this is a prefix of the history.
    /// </summary>
    public Modification? AsAt(LocalDate asAt)
    {
        if (LastEventOn <= asAt)
        {
            return this;
        }

        var then = _events.TakeWhile(e => e.OccurredOn <= asAt).ToList();
        return then.Count == 0 ? null : Replay(then);
    }

    /// <summary>Applies an event the process has accepted. Only <see cref="Process.ModificationProcess"/> and replay call this.</summary>
    internal void Apply(ModificationEvent e)
    {
        if (e.Modification != Id || e.Sequence != _events.Count + 1)
        {
            throw DomainException.Invalid($"Event {e.Sequence} of {e.Modification} is out of sequence for {Id} (expected {_events.Count + 1}).");
        }

        if (_events.Count == 0 && e.Change is not (DraftProposalRaised or HistoryBaselined or AlternativeRaised))
        {
            throw DomainException.Invalid($"The history of {Id} does not start with its creation.");
        }

        var on = e.OccurredOn;
        switch (e.Change)
        {
            case DraftProposalRaised c:
                Begin(c.Title, c.ProposerName, c.ProposerOrganisation, on, raisedOn: on);
                ProblemStatement = c.ProblemStatement;
                Classification = c.Classification;
                RaisedByPanel = c.RaisedByPanel;
                State = ModificationState.Development;
                Converted = Id.Series == NumberSeries.Legacy;
                break;
            case HistoryBaselined c:
                Begin(c.Title, c.ProposerName, c.ProposerOrganisation, on, c.RaisedOn);
                Classification = c.Classification;
                EnteredFromHistory = true;
                Observe(c.State, c.Path, c.ModificationReportApproved, c.ModificationReportConsultationClosed, on);
                break;
            case HistoryObserved c:
                Observe(c.State, c.Path, c.ModificationReportApproved, c.ModificationReportConsultationClosed, on);
                break;
            case AlternativeRaised c:
                Begin(c.Title, c.ProposerName, c.ProposerOrganisation, on, raisedOn: on);
                Parent = c.Parent;
                Converted = true;
                Path = c.Path;
                Route = c.Route == ModificationRoute.ReportPhase ? ModificationRoute.ReportPhase : ModificationRoute.RefinementProcess;
                State = Route == ModificationRoute.ReportPhase ? ModificationState.ReportPhase : ModificationState.Refinement;
                Classification = Classification.White;
                break;
            case AlternativeLinked c:
                _alternatives.Add(c.Alternative);
                break;
            case DetailsAmended c:
                Title = c.Title ?? Title;
                ProblemStatement = c.ProblemStatement ?? ProblemStatement;
                Solution = c.Solution ?? Solution;
                LeadAnalyst = c.LeadAnalyst ?? LeadAnalyst;
                Objectives = c.Objectives ?? Objectives;
                AffectedDocuments = c.AffectedDocuments ?? AffectedDocuments;
                ImpactedCategories = c.ImpactedCategories ?? ImpactedCategories;
                Irps = c.Irps ?? Irps;
                DccSystemImpact = c.DccSystemImpact ?? DccSystemImpact;
                DuisImpact = c.DuisImpact ?? DuisImpact;
                LeadTimeMonths = c.LeadTimeMonths ?? LeadTimeMonths;
                Costs = c.Costs ?? Costs;
                ServiceProviders = c.ServiceProviders ?? ServiceProviders;
                TestPhases = c.TestPhases ?? TestPhases;
                if (c.ReportText is { Count: > 0 } text) ReportText = ReportSections.Merge(ReportText, text);
                break;
            case ClassificationChanged c:
                Classification = c.To;
                break;
            case CscOutcomeRecorded c:
                _cscReviews.Add(new CscReview(on, c.Outcome, c.RecommendedRoute, c.Meeting));
                if (c.Outcome == CscOutcome.ReadyToConvert) State = ModificationState.AwaitingConversion;
                else if (c.Outcome == CscOutcome.FurtherDevelopmentRequired) State = ModificationState.Development;
                break;
            case ConvertedToModificationProposal c:
                Converted = true;
                Path = c.Path;
                Route = c.Route;
                FastTrack = c.FastTrack;
                Urgent = c.Urgent;
                State = c.Route == ModificationRoute.ReportPhase ? ModificationState.ReportPhase : ModificationState.Refinement;
                break;
            case RouteChanged c:
                RecommendedRoute = ModificationRoute.None;
                RecommendedOn = null;
                Route = c.Route;
                State = c.Route == ModificationRoute.ReportPhase ? ModificationState.ReportPhase : ModificationState.Refinement;
                break;
            case ProgressionRecommended c:
                RecommendedRoute = c.Route;
                RecommendedOn = on;
                break;
            case ConsultationPlanned c:
                _plannedConsultations.RemoveAll(p => p.Kind == c.Kind);
                _plannedConsultations.Add(new PlannedConsultation(c.Kind, c.WeekCommencing, on));
                break;
            case WorkingGroupMeetingHeld c:
                _workingGroups.Add(new WorkingGroupDiscussion(on, c.Kind, c.Summary));
                break;
            case AssessmentRequested c:
                _assessments.Add(new Assessment(c.AssessmentId, c.Kind, c.TargetWorkingDays)
                {
                    RequestedOn = on,
                    ChangeBoardApprovedOn = c.ChangeBoardApprovedOn,
                });
                break;
            case ImpactAssessmentRequestDeferred:
                break;
            case AssessmentAccepted c:
                AssessmentFor(c.AssessmentId, c.Kind, c.TargetWorkingDays).AcceptedOn = on;
                break;
            case AssessmentReturned c:
                var returned = AssessmentFor(c.AssessmentId, c.Kind, c.TargetWorkingDays);
                returned.ReturnedOn = on;
                if (returned.IsPaused) returned.Pauses[^1] = returned.Pauses[^1] with { To = on };
                break;
            case AssessmentPaused c:
                FindAssessment(c.AssessmentId)!.Pauses.Add(new AssessmentPause(on, null));
                break;
            case AssessmentResumed c:
                var paused = FindAssessment(c.AssessmentId)!;
                paused.Pauses[^1] = paused.Pauses[^1] with { To = on };
                break;
            case AssessmentDateRevised c:
                FindAssessment(c.AssessmentId)!.Revisions.Add(new AssessmentRevision(on, c.AgreedDate, e.Reason));
                break;
            case ConsultationOpened c:
                _consultations.Add(new Consultation(c.Kind, on, c.Closes, null) { Questions = c.Questions ?? [] });
                _plannedConsultations.RemoveAll(p => p.Kind == c.Kind);
                if (c.Kind == ConsultationKind.ModificationReport) ModificationReportConsultationClosed = false;
                break;
            case ConsultationClosed c:
                var index = _consultations.FindLastIndex(x => x.Kind == c.Kind && x.IsOpen);
                _consultations[index] = _consultations[index] with { ClosedOn = on };
                if (c.Kind == ConsultationKind.ModificationReport) ModificationReportConsultationClosed = true;
                break;
            case ConsultationResponseReceived c:
                var consulted = _consultations.FindLastIndex(x => x.Kind == c.Kind);
                _consultations[consulted] = _consultations[consulted] with
                {
                    Responses = [.. _consultations[consulted].Responses,
                        new Consultations.ConsultationResponse(c.Respondent, c.Category, on, c.Answers, c.ExpectedCosts, c.Confidential, c.Late)],
                };
                break;
            case ChangeBoardVoteCast c:
                _votes.Add(new Voting.Vote(c.Seat, c.CastBy, c.Group, c.Position, c.Rationale, c.Objectives ?? [], on));
                break;
            case SecChange.Domain.Modifications.ModificationReportApproved:
                // A newly approved report has not been consulted on yet.
                ModificationReportApproved = true;
                ModificationReportConsultationClosed = false;
                break;
            case DecisionRecorded c:
                ApplyDecision(c, on);
                break;
            case DecisionChallenged c:
                _challenges.Add(new Challenge(on, c.To, c.RaisedBy, null, null));
                State = c.To == DecidingBody.Panel ? ModificationState.ReferredToPanel : ModificationState.UnderAppeal;
                ClosedOn = null;
                break;
            case ChallengeDetermined c:
                var challenge = _challenges[^1];
                _challenges[^1] = challenge with { Outcome = c.Outcome, DeterminedOn = on };
                _decisions.Add(new Decision(on, challenge.To, c.Outcome, IsFinal: c.Outcome != DecisionOutcome.SendBack,
                    IsSelfGovernance: Path == ModificationPath.SelfGovernance));
                SetDecidedState(c.Outcome, on);
                break;
            case Withdrawn:
                State = ModificationState.Withdrawn;
                ClosedOn = on;
                break;
            case ReleaseTargeted c:
                _releases.RemoveAll(r => SameEntry(r, c.ReleaseId, c.Part) || (r.Part == c.Part && r.Status == ReleaseStatus.Targeted));
                _releases.Add(new ReleaseEntry(c.ReleaseId, c.Part, ReleaseStatus.Targeted, on));
                break;
            case ReleaseApproved c:
                _releases.RemoveAll(r => r.Part == c.Part && r.Status != ReleaseStatus.Implemented);
                _releases.Add(new ReleaseEntry(c.ReleaseId, c.Part, ReleaseStatus.Approved, on));
                break;
            case ReleaseImplemented c:
                var entry = _releases.FindIndex(r => SameEntry(r, c.ReleaseId, c.Part));
                _releases[entry] = _releases[entry] with { Status = ReleaseStatus.Implemented, Since = on };
                if (_releases.All(r => r.Status == ReleaseStatus.Implemented))
                {
                    State = ModificationState.Implemented;
                    ClosedOn = on;
                }

                break;
            default:
                throw DomainException.Invalid($"Unknown event type {e.Change.GetType().Name}.");
        }

        _events.Add(e);
    }

    /// <summary>What every creation event sets: the title, the Proposer, the first date and the raised date when known.</summary>
    private void Begin(string title, string? proposerName, string? proposerOrganisation, LocalDate on, LocalDate? raisedOn)
    {
        Title = title;
        ProposerName = proposerName;
        ProposerOrganisation = proposerOrganisation;
        FirstKnownOn = on;
        RaisedOn = raisedOn;
    }

    /// <summary>Takes on the state a published document shows, without inventing the steps that led to it.</summary>
    private void Observe(ModificationState state, ModificationPath path, bool reportApproved, bool consultationClosed, LocalDate on)
    {
        State = state;
        Path = path == ModificationPath.None ? Path : path;
        Converted |= Id.Series == NumberSeries.Legacy || state.Stage() != Stage.Define;
        ModificationReportApproved |= reportApproved;
        ModificationReportConsultationClosed |= consultationClosed;
        Route = state == ModificationState.Refinement ? ModificationRoute.RefinementProcess
            : state == ModificationState.ReportPhase ? ModificationRoute.ReportPhase : Route;
        ClosedOn = state.IsClosed() ? on : null;
    }

    private static bool SameEntry(ReleaseEntry r, string releaseId, string? part) =>
        string.Equals(r.ReleaseId, releaseId, StringComparison.OrdinalIgnoreCase) && r.Part == part;

    private Assessment AssessmentFor(string id, AssessmentKind kind, int? target)
    {
        var existing = FindAssessment(id);
        if (existing is not null)
        {
            return existing;
        }

        // An assessment from before SecChange: known from its acceptance or return only.
        var created = new Assessment(id, kind, target ?? 0);
        _assessments.Add(created);
        return created;
    }

    private void ApplyDecision(DecisionRecorded c, LocalDate on)
    {
        if (c.Body == DecidingBody.ChangeBoard)
        {
            _ballotStart = _votes.Count; // the ballot is closed by the Change Board's decision
        }

        var selfGovernance = Path == ModificationPath.SelfGovernance || FastTrack;
        var isRecommendation = c.Body == DecidingBody.ChangeBoard && !selfGovernance;
        _decisions.Add(new Decision(on, c.Body, c.Outcome, IsFinal: !isRecommendation && c.Outcome != DecisionOutcome.SendBack,
            IsSelfGovernance: selfGovernance));
        if (isRecommendation)
        {
            State = ModificationState.AwaitingAuthorityDecision;
            return;
        }

        SetDecidedState(c.Outcome, on);
    }

    private void SetDecidedState(DecisionOutcome outcome, LocalDate on)
    {
        switch (outcome)
        {
            case DecisionOutcome.Approve:
                State = ModificationState.Approved;
                ClosedOn = null;
                break;
            case DecisionOutcome.Reject:
                State = ModificationState.Rejected;
                ClosedOn = on;
                break;
            default:
                State = ModificationState.ReportPhase;
                Route = ModificationRoute.ReportPhase;
                ModificationReportApproved = false;
                ModificationReportConsultationClosed = false;
                ClosedOn = null;
                break;
        }
    }
}
