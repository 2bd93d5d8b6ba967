namespace SecChange.Domain.Process;

/// <summary>
/// The rules of one industry code that SecChange could not confirm from legal text, kept as data so
/// that another GB code (BSC, UNC, REC) can run with its own. Defaults are the SEC's (see
/// docs/sec-process.md and shared SEC_PROCESS.md, where each is marked CONFIGURABLE).
/// </summary>
public sealed record CodeRules
{
    /// <summary>The code these rules belong to, e.g. "SEC".</summary>
    public string Code { get; init; } = "SEC";

    /// <summary>DCC Preliminary Assessment target, in Working Days (SEC default 15).</summary>
    public int PreliminaryAssessmentTargetWorkingDays { get; init; } = 15;

    /// <summary>DCC Impact Assessment target, in Working Days (SEC default 40).</summary>
    public int ImpactAssessmentTargetWorkingDays { get; init; } = 40;

    /// <summary>Working Days after a Self-Governance decision in which it may be referred to the Panel (default 15).</summary>
    public int ReferralWindowWorkingDays { get; init; } = 15;

    /// <summary>Working Days after a Self-Governance decision in which it may be appealed to the Authority (default 15).</summary>
    public int AppealWindowWorkingDays { get; init; } = 15;

    /// <summary>Working Days SECAS has to reply to a new Draft Proposal as critical friend (default 5).</summary>
    public int SecasInitialResponseWorkingDays { get; init; } = 5;

    /// <summary>The Panel converts a Draft Proposal only after the CSC said it is ready (Fast-Track excepted).</summary>
    public bool ConversionRequiresCscRecommendation { get; init; } = true;

    /// <summary>An Impact Assessment may be requested only once the Change Board approved its cost.</summary>
    public bool ImpactAssessmentRequiresChangeBoardApproval { get; init; } = true;

    /// <summary>No Change Board vote before the Modification Report Consultation has closed.</summary>
    public bool VoteRequiresClosedReportConsultation { get; init; } = true;

    /// <summary>Months between a decision and a release that the DCC needs by default: 3 to the end of
    /// PIT plus 6 for SIT, UIT and implementation (seed 004).</summary>
    public int DefaultLeadTimeMonths { get; init; } = 9;

    /// <summary>Months in which scheduled releases fall (June and November; a February minor release).</summary>
    public IReadOnlyList<int> ScheduledReleaseMonths { get; init; } = [2, 6, 11];

    /// <summary>Who may adopt a withdrawn proposal (SEC D5); recorded for documents, not enforced.</summary>
    public string WithdrawalAdoptionRule { get; init; } =
        "Another SEC Party may notify SECAS that it wishes to adopt a withdrawn proposal within 5 Working Days of notice.";

    /// <summary>Where questions on a modification go, with its lead analyst (a Modification Report's contact).</summary>
    public string SecasMailbox { get; init; } = "sec.change@gemserv.com";

    /// <summary>How Change Board votes are counted (SEC default: the average of the Voting Groups' shares).</summary>
    public Voting.CountingRule ChangeBoardCountingRule { get; init; } = Voting.CountingRule.AverageOfGroupShares;

    /// <summary>The score a ballot must be strictly above to approve (default 0.5: a tie is not a majority).</summary>
    public decimal ChangeBoardApprovalThreshold { get; init; } = 0.5m;

    /// <summary>Votes (abstentions included) a ballot needs before its decision can be recorded (default 5).</summary>
    public int ChangeBoardQuorum { get; init; } = 5;

    /// <summary>The SEC defaults.</summary>
    public static CodeRules Sec { get; } = new();

    /// <summary>
    /// Refuses a release without an id, name or kind, one whose scope is baselined after its date, and a
    /// scheduled release outside the code's release months (a standalone one may fall any time).
    /// </summary>
    public void CheckRelease(Releases.Release release)
    {
        if (string.IsNullOrWhiteSpace(release.Id) || string.IsNullOrWhiteSpace(release.Name) || release.Kind == Releases.ReleaseKind.None)
        {
            throw Errors.DomainException.Invalid("A release needs an id, a name and a kind (scheduled or standalone).");
        }

        if (release.DccScopeBaselinedOn > release.Date || release.FullScopeBaselinedOn > release.Date)
        {
            throw Errors.DomainException.Invalid($"Release {release.Id}'s scope is baselined before its date ({release.Date:d MMM yyyy}), not after it.");
        }

        if (release.Kind == Releases.ReleaseKind.Scheduled && !ScheduledReleaseMonths.Contains(release.Date.Month))
        {
            throw Errors.DomainException.Invalid(
                $"{Code} scheduled releases fall in months {string.Join(", ", ScheduledReleaseMonths)}; {release.Id} on {release.Date:d MMM yyyy} is not one: use the standalone kind.");
        }
    }

    /// <summary>Counts a ballot under these rules.</summary>
    public Voting.VoteTally Count(IReadOnlyCollection<Voting.Vote> ballot) =>
        Voting.VoteTally.Count(ballot, ChangeBoardCountingRule, ChangeBoardApprovalThreshold, ChangeBoardQuorum);

    /// <summary>
    /// The decision a Change Board ballot implies when none is given: approve when its tally approves, else reject.
    /// An empty ballot implies nothing, so it is refused rather than read as a rejection.
    /// </summary>
    public Modifications.DecisionOutcome DecisionFromBallot(string reference, IReadOnlyCollection<Voting.Vote> ballot) =>
        ballot.Count == 0
            ? throw Errors.DomainException.Invalid($"No votes have been cast on {reference}, so its ballot implies no decision: record the votes or give the outcome.")
            : Count(ballot).Approved ? Modifications.DecisionOutcome.Approve : Modifications.DecisionOutcome.Reject;

    public int DefaultTargetWorkingDays(Modifications.AssessmentKind kind) =>
        kind == Modifications.AssessmentKind.Impact ? ImpactAssessmentTargetWorkingDays : PreliminaryAssessmentTargetWorkingDays;

    /// <summary>An assessment request with what was not given filled in: the next free id of its kind and this code's target.</summary>
    public Modifications.AssessmentRequested AssessmentRequest(Modifications.Modification modification, Modifications.AssessmentKind kind,
        string? assessmentId = null, int? targetWorkingDays = null, NodaTime.LocalDate? changeBoardApprovedOn = null) =>
        new(assessmentId ?? modification.NextAssessmentId(kind), kind, targetWorkingDays ?? DefaultTargetWorkingDays(kind), changeBoardApprovedOn);

    /// <summary>Working Days before a meeting by which its papers are due (default 5; shown as a date).</summary>
    public int PaperDeadlineWorkingDays { get; init; } = 5;
}
