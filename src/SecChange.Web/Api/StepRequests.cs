using NodaTime;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Api;

/// <summary>
/// The typed bodies of the API's writes. Who acts is never in them: the role is the API key's account's.
/// <c>reason</c> is recorded with the step; <c>ifVersion</c> refuses the step (409) if the record changed since.
/// </summary>
public abstract record StepRequest
{
    public string? Reason { get; init; }
    public int? IfVersion { get; init; }
}

/// <summary>Raise a Draft Proposal as the key's account (its name and organisation are the Proposer's).</summary>
public sealed record RaiseRequest(string Title, string ProblemStatement, Classification Classification = Classification.White);

public sealed record WithdrawRequest : StepRequest;

public sealed record ClassifyRequest(Classification To) : StepRequest;

public sealed record CscOutcomeRequest(CscOutcome Outcome, ModificationRoute RecommendedRoute = ModificationRoute.None, string? Meeting = null) : StepRequest;

public sealed record ConvertRequest(ModificationPath Path, ModificationRoute Route, bool FastTrack = false, bool Urgent = false) : StepRequest;

public sealed record RouteRequest(ModificationRoute Route) : StepRequest;

public sealed record AmendRequest(string? Title = null, string? ProblemStatement = null, string? Solution = null, string? LeadAnalyst = null) : StepRequest;

public sealed record ConsultationOpenRequest(ConsultationKind Kind, LocalDate Closes, IReadOnlyList<string>? Questions = null) : StepRequest;

public sealed record ConsultationCloseRequest(ConsultationKind Kind) : StepRequest;

public sealed record ReportApproveRequest : StepRequest;
