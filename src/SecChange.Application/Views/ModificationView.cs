using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Application.Views;

/// <summary>One line of a modification's timeline.</summary>
public sealed record TimelineEntry(int Sequence, LocalDate On, string Step, string Description, string By, string? Reason, Instant RecordedAt);

/// <summary>An assessment with its durations worked out in Working Days as of a date.</summary>
public sealed record AssessmentView(
    string Id,
    AssessmentKind Kind,
    string Status,
    int TargetWorkingDays,
    LocalDate? RequestedOn,
    LocalDate? ChangeBoardApprovedOn,
    LocalDate? AcceptedOn,
    LocalDate? ReturnedOn,
    LocalDate? DueOn,
    int? DurationWorkingDays,
    IReadOnlyList<AssessmentRevision> Revisions);

/// <summary>
/// Everything known about one modification, as the show command and the web pages present it. Immutable:
/// its lists are copies (<see cref="Frozen"/>), so a host holding it cannot change the register.
/// </summary>
public sealed record ModificationView(
    string Reference,
    string Title,
    ModificationState State,
    string StateName,
    Stage Stage,
    ModificationPath Path,
    ModificationRoute Route,
    bool FastTrack,
    bool Urgent,
    string? Proposer,
    string? ProposerOrganisation,
    string? LeadAnalyst,
    Classification Classification,
    LocalDate? RaisedOn,
    LocalDate FirstKnownOn,
    bool EnteredFromHistory,
    string? ProblemStatement,
    string? Solution,
    IReadOnlyList<SecObjective> Objectives,
    IReadOnlyList<string> AffectedDocuments,
    IReadOnlyList<PartyCategory> ImpactedCategories,
    IReadOnlyList<string> Irps,
    bool DccSystemImpact,
    bool DuisImpact,
    int? LeadTimeMonths,
    CostEstimate? Costs,
    IReadOnlyList<string> ServiceProviders,
    IReadOnlyList<string> TestPhases,
    IReadOnlyList<ReportText> ReportText,
    bool ModificationReportApproved,
    string? Parent,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<AssessmentView> Assessments,
    IReadOnlyList<Consultation> Consultations,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Challenge> Challenges,
    IReadOnlyList<ReleaseEntry> Releases,
    LocalDate? ReferralWindowCloses,
    LocalDate? AppealWindowCloses,
    LocalDate? SecasResponseDueOn,
    string? AdoptionRule,
    IReadOnlyList<Vote> Votes,
    VoteTally? Ballot,
    int OpenBallotVotes,
    IReadOnlyList<string> AllowedNext,
    int Version,
    LocalDate AsOf,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public static ModificationView Of(Modification m, WorkingDayCalendar calendar, CodeRules rules, LocalDate today)
    {
        var asOf = today > calendar.Last ? calendar.Last : today;
        return new ModificationView(
            m.Reference, m.Title, m.State, m.State.Describe(), m.Stage, m.Path, m.Route, m.FastTrack, m.Urgent,
            m.ProposerName, m.ProposerOrganisation, m.LeadAnalyst, m.Classification, m.RaisedOn, m.FirstKnownOn, m.EnteredFromHistory,
            m.ProblemStatement, m.Solution, Frozen.List(m.Objectives), Frozen.List(m.AffectedDocuments), Frozen.List(m.ImpactedCategories),
            Frozen.List(m.Irps), m.DccSystemImpact, m.DuisImpact, m.LeadTimeMonths, m.Costs is { } costs ? Frozen.Of(costs) : null,
            Frozen.List(m.ServiceProviders), Frozen.List(m.TestPhases), Frozen.List(m.ReportText), m.ModificationReportApproved, m.Parent?.ToString(),
            Frozen.References(m.Alternatives),
            Frozen.List(m.Assessments.Select(a => Assess(a, calendar, asOf))),
            Frozen.List(m.Consultations.Select(c => Frozen.Of(Publishable(c)))), Frozen.List(m.Decisions), Frozen.List(m.Challenges),
            Frozen.List(m.Releases),
            Safe(() => ChallengeWindow.Closes(m, calendar, rules, DecidingBody.Panel)),
            Safe(() => ChallengeWindow.Closes(m, calendar, rules, DecidingBody.Authority)),
            // SECAS answers a new Draft Proposal as critical friend within a few Working Days of its raising.
            m.Stage == Stage.Define && !m.EnteredFromHistory && m.RaisedOn is { } raised ? Safe(() => (LocalDate?)calendar.AddWorkingDays(raised, rules.SecasInitialResponseWorkingDays)) : null,
            m.State == ModificationState.Withdrawn ? rules.WithdrawalAdoptionRule : null,
            Frozen.List(m.Votes.Select(Frozen.Of)), m.CurrentBallot.Count == 0 ? null : Frozen.Of(rules.Count(m.CurrentBallot)),
            m.OpenBallotVotes.Count,
            Frozen.List(TransitionTable.AllowedFor(m).Select(s => s.Name)),
            m.Version, asOf,
            Frozen.List(m.Events.Select(e => new TimelineEntry(e.Sequence, e.OccurredOn, TransitionStep(e.Change), e.Change.Describe(),
                e.By.ToString(), e.Reason, e.RecordedAt))));
    }

    public static AssessmentView Assess(Assessment a, WorkingDayCalendar calendar, LocalDate asOf) => new(
        a.Id, a.Kind, a.IsOpen ? (a.IsPaused ? "Paused" : "Open") : "Returned", a.TargetWorkingDays,
        a.RequestedOn, a.ChangeBoardApprovedOn, a.AcceptedOn, a.ReturnedOn,
        Safe(() => a.DueOn(calendar)), Safe(() => a.DurationAsOf(calendar, asOf)), Frozen.List(a.Revisions));

    /// <summary>A consultation as it may be published: confidential respondents are not named.</summary>
    public static Consultation Publishable(Consultation c) => c with
    {
        Responses = c.Responses.Select(r => r.Confidential ? r with { Respondent = ConfidentialRespondent, ExpectedCosts = null } : r).ToList(),
    };

    /// <summary>How a confidential respondent is shown to anyone but SECAS.</summary>
    public const string ConfidentialRespondent = "Confidential respondent";

    private static string TransitionStep(ModificationChange change) => change switch
    {
        DraftProposalRaised => "raise",
        HistoryBaselined => "baseline",
        AlternativeRaised => "alternative",
        _ => Domain.Process.TransitionTable.StepFor(change).Name,
    };

    /// <summary>Dates outside the calendar's data leave a figure blank rather than failing the whole view.</summary>
    private static T? Safe<T>(Func<T?> compute)
    {
        try
        {
            return compute();
        }
        catch (DomainException)
        {
            return default;
        }
    }
}
