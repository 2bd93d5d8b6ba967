using NodaTime;

namespace SecChange.Domain.Modifications;

/// <summary>A consultation with its questions and the responses received (late ones included, flagged).</summary>
public sealed record Consultation(ConsultationKind Kind, LocalDate OpenedOn, LocalDate Closes, LocalDate? ClosedOn)
{
    public IReadOnlyList<string> Questions { get; init; } = [];

    public IReadOnlyList<Consultations.ConsultationResponse> Responses { get; init; } = [];

    public bool IsOpen => ClosedOn is null;
}

public sealed record WorkingGroupDiscussion(LocalDate On, WorkingGroupMeetingKind Kind, string? Summary);

public sealed record CscReview(LocalDate On, CscOutcome Outcome, ModificationRoute RecommendedRoute, string? Meeting);

/// <summary>A decision or recommendation. <see cref="IsFinal"/> is false for a Change Board recommendation
/// to the Authority.</summary>
public sealed record Decision(LocalDate On, DecidingBody Body, DecisionOutcome Outcome, bool IsFinal, bool IsSelfGovernance);

/// <summary>A referral to the Panel or an appeal to the Authority, and how it ended.</summary>
public sealed record Challenge(LocalDate On, DecidingBody To, string? RaisedBy, DecisionOutcome? Outcome, LocalDate? DeterminedOn);

/// <summary>A modification's (or one part's) place in a SEC Release: Targeted, then Approved, then Implemented.</summary>
public sealed record ReleaseEntry(string ReleaseId, string? Part, ReleaseStatus Status, LocalDate Since);

/// <summary>A consultation expected to be issued in the week commencing <see cref="WeekCommencing"/> (a Monday).</summary>
public sealed record PlannedConsultation(ConsultationKind Kind, LocalDate WeekCommencing, LocalDate PlannedOn);
