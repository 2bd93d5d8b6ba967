using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Process;

/// <summary>The named rules of SEC Section D that the transition table refers to.</summary>
public static class ProcessRules
{
    public static readonly ProcessRule EventsAreNeverReordered = new(nameof(EventsAreNeverReordered), c =>
        c.On < c.Modification.LastEventOn
            ? $"{c.Modification.Reference}'s latest event is dated {c.Modification.LastEventOn:d MMM yyyy}; a step dated {c.On:d MMM yyyy} would reorder its history."
            : null);

    public static readonly ProcessRule NothingIsRecordedAheadOfToday = new(nameof(NothingIsRecordedAheadOfToday), c =>
        c.On > c.Today ? $"{c.On:d MMM yyyy} is in the future; record a step on or after the day it happens." : null);

    public static readonly ProcessRule ConversionNeedsCscRecommendation = new(nameof(ConversionNeedsCscRecommendation), c =>
    {
        var change = (ConvertedToModificationProposal)c.Change;
        if (!c.Rules.ConversionRequiresCscRecommendation || c.Modification.State == ModificationState.AwaitingConversion)
        {
            return null;
        }

        return change.FastTrack && c.Modification.RaisedByPanel
            ? null
            : $"{c.Modification.Reference} has no CSC recommendation to convert; record the Change Sub-Committee's Ready to Convert outcome first.";
    });

    public static readonly ProcessRule FastTrackOnlyWhenRaisedByThePanel = new(nameof(FastTrackOnlyWhenRaisedByThePanel), c =>
        c.Change is ConvertedToModificationProposal { FastTrack: true } && !c.Modification.RaisedByPanel
            ? "Only a proposal raised by the Panel can be a Fast-Track Modification."
            : null);

    public static readonly ProcessRule FastTrackNeverInRefinement = new(nameof(FastTrackNeverInRefinement), c =>
    {
        var fastTrack = c.Change is ConvertedToModificationProposal conv ? conv.FastTrack : c.Modification.FastTrack;
        var route = c.Change switch
        {
            ConvertedToModificationProposal conv2 => conv2.Route,
            RouteChanged r => r.Route,
            _ => ModificationRoute.None,
        };
        return fastTrack && route == ModificationRoute.RefinementProcess
            ? "A Fast-Track Modification never goes through the Refinement Process; use the Report Phase."
            : null;
    });

    public static readonly ProcessRule RouteMustChange = new(nameof(RouteMustChange), c =>
        c.Change is RouteChanged r && r.Route == c.Modification.Route
            ? $"{c.Modification.Reference} is already in the {r.Route.Describe()}."
            : null);

    public static readonly ProcessRule RecommendationMovesTheRoute = new(nameof(RecommendationMovesTheRoute), c =>
        c.Change is ProgressionRecommended r && (r.Route == ModificationRoute.None || r.Route == c.Modification.Route)
            ? $"{c.Modification.Reference} is in the {c.Modification.Route.Describe()}; recommend the other route."
            : null);

    public static readonly ProcessRule PlannedConsultationStartsOnAMonday = new(nameof(PlannedConsultationStartsOnAMonday), c =>
        c.Change is ConsultationPlanned p && (p.Kind == ConsultationKind.None || p.WeekCommencing.DayOfWeek != NodaTime.IsoDayOfWeek.Monday)
            ? $"Give the consultation's kind and the Monday of the week it is expected in ({p.WeekCommencing:dddd d MMM yyyy} is not a Monday)."
            : null);

    public static readonly ProcessRule PathAndRouteAreGiven = new(nameof(PathAndRouteAreGiven), c =>
        c.Change is ConvertedToModificationProposal conv && (conv.Path == ModificationPath.None || conv.Route == ModificationRoute.None)
            ? "Conversion needs a Path (1, 2 or 3) and a route (the Refinement Process or the Report Phase)."
            : null);

    public static readonly ProcessRule ReadyToConvertNamesARoute = new(nameof(ReadyToConvertNamesARoute), c =>
        c.Change is CscOutcomeRecorded { Outcome: CscOutcome.ReadyToConvert, RecommendedRoute: ModificationRoute.None }
            ? "A Ready to Convert outcome must recommend a route: the Refinement Process or the Report Phase."
            : null);

    public static readonly ProcessRule ImpactAssessmentNeedsChangeBoardApproval = new(nameof(ImpactAssessmentNeedsChangeBoardApproval), c =>
        c.Change switch
        {
            AssessmentRequested { Kind: AssessmentKind.Impact, ChangeBoardApprovedOn: null } when c.Rules.ImpactAssessmentRequiresChangeBoardApproval =>
                "An Impact Assessment is requested only after the Change Board approved its cost; give the approval date.",
            AssessmentRequested { ChangeBoardApprovedOn: { } approved } when approved > c.On =>
                $"The Change Board's approval ({approved:d MMM yyyy}) cannot come after the request ({c.On:d MMM yyyy}).",
            _ => null,
        });

    public static readonly ProcessRule AssessmentIdsAreUnique = new(nameof(AssessmentIdsAreUnique), c =>
        c.Change is AssessmentRequested r && c.Modification.FindAssessment(r.AssessmentId) is not null
            ? $"{c.Modification.Reference} already has an assessment {r.AssessmentId}."
            : null);

    public static readonly ProcessRule AssessmentTargetIsPositive = new(nameof(AssessmentTargetIsPositive), c =>
        c.Change is AssessmentRequested { TargetWorkingDays: <= 0 } ? "An assessment's target must be at least 1 Working Day." : null);

    public static readonly ProcessRule AssessmentExists = new(nameof(AssessmentExists), c =>
    {
        var id = AssessmentIdOf(c.Change);
        if (c.Modification.FindAssessment(id) is not null) return null;

        // Accepting or returning an assessment unknown to SecChange is allowed only for history.
        var historical = c.Modification.EnteredFromHistory && c.Change is AssessmentAccepted { Kind: not AssessmentKind.None }
            or AssessmentReturned { Kind: not AssessmentKind.None };
        return historical ? null : $"{c.Modification.Reference} has no assessment {id}; known: {KnownAssessments(c.Modification)}.";
    }, ErrorKind.NotFound);

    public static readonly ProcessRule AssessmentIsOpen = new(nameof(AssessmentIsOpen), c =>
    {
        var id = AssessmentIdOf(c.Change);
        return c.Modification.FindAssessment(id) is not { IsOpen: false } assessment
            ? null
            : $"Assessment {id} of {c.Modification.Reference} was returned on {assessment.ReturnedOn:d MMM yyyy}.";
    });

    public static readonly ProcessRule AssessmentAcceptedOnce = new(nameof(AssessmentAcceptedOnce), c =>
        c.Change is AssessmentAccepted a && c.Modification.FindAssessment(a.AssessmentId)?.AcceptedOn is { } accepted
            ? $"Assessment {a.AssessmentId} was already accepted on {accepted:d MMM yyyy}."
            : null);

    public static readonly ProcessRule AssessmentReturnedAfterAcceptance = new(nameof(AssessmentReturnedAfterAcceptance), c =>
        c.Change is AssessmentReturned r && c.Modification.FindAssessment(r.AssessmentId) is { AcceptedOn: null, RequestedOn: not null }
            ? $"Assessment {r.AssessmentId} has not been accepted by the DCC yet; record its acceptance first."
            : null);

    public static readonly ProcessRule PauseOnlyWhileRunning = new(nameof(PauseOnlyWhileRunning), c => c.Change switch
    {
        AssessmentPaused p when c.Modification.FindAssessment(p.AssessmentId) is { IsPaused: true } =>
            $"Assessment {p.AssessmentId} is already paused.",
        AssessmentPaused p when c.Modification.FindAssessment(p.AssessmentId) is { AcceptedOn: null } =>
            $"Assessment {p.AssessmentId} has not been accepted yet, so it cannot be paused.",
        AssessmentResumed r when c.Modification.FindAssessment(r.AssessmentId) is { IsPaused: false } =>
            $"Assessment {r.AssessmentId} is not paused.",
        _ => null,
    });

    public static readonly ProcessRule RevisedDateNeedsAReason = new(nameof(RevisedDateNeedsAReason), c =>
        c.Change is AssessmentDateRevised r && (string.IsNullOrWhiteSpace(c.ReasonText) || r.AgreedDate < c.On)
            ? "A revised assessment date needs a reason and must not be in the past."
            : null);

    public static readonly ProcessRule OneOpenConsultationPerKind = new(nameof(OneOpenConsultationPerKind), c =>
        c.Change is ConsultationOpened o && c.Modification.OpenConsultation(o.Kind) is { } open
            ? $"The {o.Kind.Describe()} on {c.Modification.Reference} is already open (since {open.OpenedOn:d MMM yyyy})."
            : null);

    public static readonly ProcessRule ConsultationClosesAfterItOpens = new(nameof(ConsultationClosesAfterItOpens), c =>
        c.Change is ConsultationOpened o && o.Closes <= c.On
            ? $"A consultation must close after it opens ({c.On:d MMM yyyy}); the close date given is {o.Closes:d MMM yyyy}."
            : null);

    public static readonly ProcessRule ConsultationKindFitsTheState = new(nameof(ConsultationKindFitsTheState), c =>
        c.Change switch
        {
            ConsultationOpened { Kind: ConsultationKind.Refinement } when c.Modification.State != ModificationState.Refinement =>
                "A Refinement Consultation is held only during the Refinement Process.",
            ConsultationOpened { Kind: ConsultationKind.ModificationReport } when c.Modification.State != ModificationState.ReportPhase =>
                "A Modification Report Consultation is held only in the Report Phase.",
            _ => null,
        });

    public static readonly ProcessRule ReportConsultationNeedsApprovedReport = new(nameof(ReportConsultationNeedsApprovedReport), c =>
        c.Change is ConsultationOpened { Kind: ConsultationKind.ModificationReport } && !c.Modification.ModificationReportApproved
            ? $"The CSC has not approved the Modification Report for {c.Modification.Reference}; record the CSC's approval of the report first."
            : null);

    public static readonly ProcessRule ConsultationToCloseIsOpen = new(nameof(ConsultationToCloseIsOpen), c =>
        c.Change is ConsultationClosed cl && c.Modification.OpenConsultation(cl.Kind) is null
            ? $"No {cl.Kind.Describe()} is open on {c.Modification.Reference}."
            : null);

    public static readonly ProcessRule VoteNeedsClosedReportConsultation = new(nameof(VoteNeedsClosedReportConsultation), c =>
        c.Change is DecisionRecorded { Body: DecidingBody.ChangeBoard } or ChangeBoardVoteCast && c.Rules.VoteRequiresClosedReportConsultation &&
        !c.Modification.ModificationReportConsultationClosed
            ? $"The Change Board cannot vote on {c.Modification.Reference} before its Modification Report Consultation has closed."
            : null);

    /// <summary>A seat may change its position until the ballot closes (the earlier one stays on the record as
    /// replaced); casting the very same vote again would record nothing new.</summary>
    public static readonly ProcessRule OneVotePerSeat = new(nameof(OneVotePerSeat), c =>
        c.Change is ChangeBoardVoteCast v && c.Modification.CurrentBallot.FirstOrDefault(x => string.Equals(x.Seat, v.Seat, StringComparison.OrdinalIgnoreCase)) is { } cast &&
        cast.Position == v.Position && cast.Rationale == v.Rationale && cast.Objectives.SequenceEqual(v.Objectives ?? [])
            ? $"{v.Seat}'s seat has already voted {cast.Position.ToString().ToLowerInvariant()} on {c.Modification.Reference} ({cast.On:d MMM yyyy}{(cast.CastBy == cast.Seat ? "" : $", by {cast.CastBy}")}) with the same rationale; a new vote replaces it only when the position, rationale or objectives change."
            : null);

    public static readonly ProcessRule BallotIsForTheChangeBoard = new(nameof(BallotIsForTheChangeBoard), c =>
        c.Change is ChangeBoardVoteCast && c.Modification.FastTrack
            ? "A Fast-Track Modification is decided by the Panel; the Change Board does not vote on it."
            : null);

    public static readonly ProcessRule DecisionFollowsTheBallot = new(nameof(DecisionFollowsTheBallot), c =>
    {
        if (c.Change is not DecisionRecorded { Body: DecidingBody.ChangeBoard } d || c.Modification.CurrentBallot.Count == 0)
        {
            return null;
        }

        var tally = c.Rules.Count(c.Modification.CurrentBallot);
        if (!tally.QuorumMet)
        {
            return $"The Change Board is not quorate on {c.Modification.Reference}: {Words.Count(tally.VotesCast, "vote")} cast, {tally.Quorum} needed.";
        }

        var follows = tally.Approved ? DecisionOutcome.Approve : DecisionOutcome.Reject;
        return d.Outcome != follows
            ? $"The ballot on {c.Modification.Reference} {(tally.Approved ? "approves" : "rejects")} it (score {(tally.Score ?? 0) * 100:0.0}%); the Change Board's decision must follow its ballot."
            : null;
    });

    public static readonly ProcessRule ResponseAnswersAnOpenedConsultation = new(nameof(ResponseAnswersAnOpenedConsultation), c =>
    {
        if (c.Change is not ConsultationResponseReceived r)
        {
            return null;
        }

        var consultation = c.Modification.Consultations.LastOrDefault(x => x.Kind == r.Kind);
        if (consultation is null)
        {
            return $"{c.Modification.Reference} has had no {r.Kind.Describe()}.";
        }

        if (string.IsNullOrWhiteSpace(r.Respondent))
        {
            return "A response needs its respondent.";
        }

        if (c.On < consultation.OpenedOn)
        {
            return $"The {r.Kind.Describe()} opened on {consultation.OpenedOn:d MMM yyyy}; a response cannot arrive before that.";
        }

        if (consultation.Responses.Any(x => string.Equals(x.Respondent, r.Respondent, StringComparison.OrdinalIgnoreCase)))
        {
            return $"{r.Respondent} has already responded to the {r.Kind.Describe()} on {c.Modification.Reference}.";
        }

        var numbers = r.Answers.Select(a => a.Question).ToList();
        if (numbers.Any(n => n < 1 || n > consultation.Questions.Count) || numbers.Distinct().Count() != numbers.Count ||
            r.Answers.Any(a => a.Position == AnswerPosition.None))
        {
            return $"Answers must give each of questions 1 to {consultation.Questions.Count} at most once, as agree, disagree or neutral.";
        }

        return null;
    });

    public static readonly ProcessRule LateResponsesAreFlagged = new(nameof(LateResponsesAreFlagged), c =>
    {
        if (c.Change is not ConsultationResponseReceived r || c.Modification.Consultations.LastOrDefault(x => x.Kind == r.Kind) is not { } consultation)
        {
            return null;
        }

        var closed = consultation.ClosedOn is { } closedOn && closedOn < consultation.Closes ? closedOn : consultation.Closes;
        var late = c.On > closed;
        return late == r.Late
            ? null
            : late && c.By.Role != ActorRole.Secas
                ? $"The {r.Kind.Describe()} closed on {closed:d MMM yyyy} and takes no more responses; ask SECAS if a late response should be considered."
            : late
                ? $"The {r.Kind.Describe()} closed on {closed:d MMM yyyy}; record this response as late so that it is kept and flagged."
                : $"The {r.Kind.Describe()} closes on {closed:d MMM yyyy}; a response on {c.On:d MMM yyyy} is not late.";
    });

    public static readonly ProcessRule DecidingBodyFitsThePath = new(nameof(DecidingBodyFitsThePath), c =>
    {
        if (c.Change is not DecisionRecorded d)
        {
            return null;
        }

        return d.Body switch
        {
            DecidingBody.Panel when !c.Modification.FastTrack => "The Panel decides only Fast-Track Modifications; the Change Board votes on this one.",
            DecidingBody.ChangeBoard when c.Modification.FastTrack => "A Fast-Track Modification is decided by the Panel, not the Change Board.",
            not DecidingBody.Authority when d.Outcome == DecisionOutcome.SendBack => "Only the Authority sends a Modification Report back.",
            DecidingBody.Authority when c.Modification.State != ModificationState.AwaitingAuthorityDecision =>
                "The Authority decides only after the Change Board's recommendation.",
            _ => null,
        };
    });

    public static readonly ProcessRule ChallengeOnlyOfASelfGovernanceDecision = new(nameof(ChallengeOnlyOfASelfGovernanceDecision), c =>
        c.Change is DecisionChallenged && c.Modification.LatestDecision is not { IsFinal: true, IsSelfGovernance: true, Body: not DecidingBody.Authority }
            ? "Only a Self-Governance decision can be referred to the Panel or appealed to the Authority; the Authority's own decisions are not."
            : null);

    public static readonly ProcessRule ChallengeWithinItsWindow = new(nameof(ChallengeWithinItsWindow), c =>
    {
        if (c.Change is not DecisionChallenged ch || c.Modification.LatestDecision is not { } decision)
        {
            return null;
        }

        // A Change Board decision goes to the Panel once; the Panel's determination can then only be appealed.
        var boardDecision = c.Modification.Decisions.LastOrDefault(d => d.Body == DecidingBody.ChangeBoard);
        if (ch.To == DecidingBody.Panel && c.Modification.Challenges.Any(x => x.To == DecidingBody.Panel && (boardDecision is null || x.On >= boardDecision.On)))
        {
            return "This decision has already been referred to the Panel; its determination can only be appealed to the Authority.";
        }

        var days = ChallengeWindow.Days(c.Rules, ch.To);
        var closes = ChallengeWindow.Closes(c.Modification, c.Calendar, c.Rules, ch.To);
        return c.On > closes
            ? $"The window to {(ch.To == DecidingBody.Panel ? "refer" : "appeal")} the decision of {decision.On:d MMM yyyy} closed on {closes:d MMM yyyy} ({days} Working Days)."
            : null;
    });

    public static readonly ProcessRule ChallengeIsDeterminedByItsBody = new(nameof(ChallengeIsDeterminedByItsBody), c =>
    {
        if (c.Change is not ChallengeDetermined)
        {
            return null;
        }

        var body = c.Modification.State == ModificationState.ReferredToPanel ? ActorRole.Panel : ActorRole.Authority;
        return c.By.Role != body && c.By.Role != ActorRole.Secas
            ? $"{(body == ActorRole.Panel ? "A referral is determined by the Panel" : "An appeal is determined by the Authority")}, not by {c.By.Role}."
            : null;
    });

    public static readonly ProcessRule ReleasePartIsNotImplemented = new(nameof(ReleasePartIsNotImplemented), c =>
    {
        var (release, part) = c.Change switch
        {
            ReleaseTargeted t => (t.ReleaseId, t.Part),
            ReleaseApproved a => (a.ReleaseId, a.Part),
            _ => (null, null),
        };
        return release is not null && c.Modification.Releases.Any(r => r.Part == part && r.Status == ReleaseStatus.Implemented)
            ? $"{c.Modification.Reference}{(part is null ? "" : $" {part}")} is already implemented."
            : null;
    });

    public static readonly ProcessRule ImplementationFollowsReleaseApproval = new(nameof(ImplementationFollowsReleaseApproval), c =>
        c.Change is ReleaseImplemented i && !c.Modification.Releases.Any(r =>
            string.Equals(r.ReleaseId, i.ReleaseId, StringComparison.OrdinalIgnoreCase) && r.Part == i.Part && r.Status == ReleaseStatus.Approved)
            ? $"{c.Modification.Reference} is not approved for release {i.ReleaseId}{(i.Part is null ? "" : $" ({i.Part})")}; approve it for that release first."
            : null);

    public static readonly ProcessRule ClassificationMustChange = new(nameof(ClassificationMustChange), c =>
        c.Change is ClassificationChanged cc && (cc.To == c.Modification.Classification || cc.To == Classification.None)
            ? $"{c.Modification.Reference} is already {c.Modification.Classification.ToString().ToUpperInvariant()}."
            : null);

    public static readonly ProcessRule AmendmentChangesSomething = new(nameof(AmendmentChangesSomething), c =>
        c.Change is DetailsAmended { IsEmpty: true } ? "Nothing to amend: give at least one field." : null);

    public static readonly ProcessRule ReportTextNamesEachSectionOnce = new(nameof(ReportTextNamesEachSectionOnce), c =>
        c.Change is DetailsAmended { ReportText: { Count: > 0 } text } && (text.Any(t => t.Section == ReportSection.None) ||
            text.Select(t => t.Section).Distinct().Count() != text.Count)
            ? "Each Modification Report section may be amended once in one amendment, and must be named."
            : null, ErrorKind.InvalidInput);

    public static readonly ProcessRule WithdrawalNeedsAReason = new(nameof(WithdrawalNeedsAReason), c =>
        c.Change is Withdrawn && string.IsNullOrWhiteSpace(c.ReasonText) ? "A withdrawal needs the Proposer's reason." : null);

    public static readonly ProcessRule AlternativeBelongsToThisModification = new(nameof(AlternativeBelongsToThisModification), c =>
        c.Change is AlternativeLinked l && (!l.Alternative.IsAlternative || l.Alternative.Base != c.Modification.Id || c.Modification.Alternatives.Contains(l.Alternative))
            ? $"{l.Alternative} is not a new alternative of {c.Modification.Reference}: use {c.Modification.Id} with a letter not yet used."
            : null);

    public static readonly ProcessRule OnlyForModificationsEnteredFromHistory = new(nameof(OnlyForModificationsEnteredFromHistory), c =>
        c.Change is HistoryObserved h && (!c.Modification.EnteredFromHistory || string.IsNullOrWhiteSpace(h.Source) || h.State == ModificationState.None)
            ? $"{c.Modification.Reference} was recorded step by step in SecChange; record the step itself, not a history observation."
            : null);

    private static string AssessmentIdOf(ModificationChange change) => change switch
    {
        AssessmentAccepted a => a.AssessmentId,
        AssessmentReturned r => r.AssessmentId,
        AssessmentPaused p => p.AssessmentId,
        AssessmentResumed r => r.AssessmentId,
        AssessmentDateRevised d => d.AssessmentId,
        _ => "",
    };

    private static string KnownAssessments(Modification m) =>
        m.Assessments.Count == 0 ? "none" : string.Join(", ", m.Assessments.Select(a => a.Id));
}
