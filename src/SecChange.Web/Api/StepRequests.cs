using NodaTime;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Web.Api;

/// <summary>
/// The typed bodies of the API's writes. Who acts is never in them: the role is the API key's account's.
/// <c>on</c> is the day it happened (today when left out); <c>reason</c> is recorded with the step;
/// <c>ifVersion</c> refuses the step (409) if the record changed since.
/// </summary>
public abstract record StepRequest
{
    public LocalDate? On { get; init; }
    public string? Reason { get; init; }
    public int? IfVersion { get; init; }
}

/// <summary>Raise a Draft Proposal as the key's account (its name and organisation are the Proposer's).</summary>
public sealed record RaiseRequest(string Title, string ProblemStatement, Classification Classification = Classification.White);

/// <summary>An alternative to a Modification Proposal; the next free letter unless one is given.</summary>
public sealed record AlternativeRequest(string Title, char? Letter = null) : StepRequest;

/// <summary>A step with nothing to say but the common fields.</summary>
public sealed record PlainStepRequest : StepRequest;

public sealed record ClassifyRequest(Classification To) : StepRequest;

public sealed record CscOutcomeRequest(CscOutcome Outcome, ModificationRoute RecommendedRoute = ModificationRoute.None, string? Meeting = null) : StepRequest;

public sealed record ConvertRequest(ModificationPath Path, ModificationRoute Route, bool FastTrack = false, bool Urgent = false) : StepRequest;

public sealed record RouteRequest(ModificationRoute Route) : StepRequest;

/// <summary>The details to amend (as the CLI's amend); what is left out stays as it is. Objectives are letters (a-f);
/// <c>dccCost</c> is a figure or a range ("0-150000") and replaces the DCC cost lines.</summary>
public sealed record AmendRequest(string? Title = null, string? ProblemStatement = null, string? Solution = null, string? LeadAnalyst = null,
    IReadOnlyList<string>? Objectives = null, IReadOnlyList<string>? AffectedDocuments = null, IReadOnlyList<PartyCategory>? ImpactedCategories = null,
    IReadOnlyList<string>? Irps = null, bool? DccSystemImpact = null, bool? DuisImpact = null, int? LeadTimeMonths = null, string? DccCost = null,
    decimal? SecasCost = null, decimal? AnnualCost = null, IReadOnlyList<string>? ServiceProviders = null, IReadOnlyList<string>? TestPhases = null,
    IReadOnlyDictionary<string, string>? ReportText = null) : StepRequest
{
    /// <summary>The Modification Report sections given, by their short names ("issue", "dcc-system"; an empty text removes one).</summary>
    public IReadOnlyList<ReportText>? Sections() => ReportText is { Count: > 0 } text
        ? [.. text.Select(t => new ReportText(ReportSections.Parse(t.Key), t.Value ?? ""))]
        : null;
}

public sealed record WorkingGroupMeetingRequest(WorkingGroupMeetingKind Kind, string? Summary = null) : StepRequest;

public sealed record HistoryRequest(ModificationState State, string Source) : StepRequest;

/// <summary>The code's default id and target apply unless given.</summary>
public sealed record AssessmentRequestRequest(AssessmentKind Kind, string? Id = null, int? TargetWorkingDays = null,
    LocalDate? ChangeBoardApprovedOn = null) : StepRequest;

/// <summary>A step on one of the modification's assessments, by its id (e.g. "PA1").</summary>
public sealed record AssessmentStepRequest(string Assessment) : StepRequest;

public sealed record AssessmentReviseRequest(string Assessment, LocalDate AgreedDate) : StepRequest;

public sealed record ConsultationOpenRequest(ConsultationKind Kind, LocalDate Closes, IReadOnlyList<string>? Questions = null) : StepRequest;

public sealed record ConsultationCloseRequest(ConsultationKind Kind) : StepRequest;

/// <summary>A Change Board vote. A member votes as themselves; SECAS names the member (<c>member</c>) it records the vote for.</summary>
public sealed record BallotCastRequest(VotePosition Position, string? Rationale = null, IReadOnlyList<string>? Objectives = null,
    string? Member = null) : StepRequest;

/// <summary>A decision; on approval it may also approve the release (and part) it goes into.</summary>
public sealed record DecisionRequest(DecisionOutcome? Outcome = null, string? Release = null, string? Part = null) : StepRequest;

/// <summary>A referral or appeal, raised by a Party.</summary>
public sealed record ChallengeRequest(string RaisedBy) : StepRequest;

public sealed record DetermineRequest(DecisionOutcome Outcome) : StepRequest;

public sealed record ReleaseStepRequest(string Release, string? Part = null) : StepRequest;
