namespace SecChange.Domain.Modifications;

/// <summary>Where a modification is in the SEC Section D lifecycle.</summary>
public enum ModificationState
{
    None = 0,
    /// <summary>Draft Proposal in the Development Stage (Define).</summary>
    Development,
    /// <summary>The CSC has agreed the DP is ready to convert; awaiting the Panel (Define).</summary>
    AwaitingConversion,
    /// <summary>Modification Proposal in the Refinement Process (Refine).</summary>
    Refinement,
    /// <summary>Modification Report drafted, approved and consulted on (Opine).</summary>
    ReportPhase,
    /// <summary>The Change Board has recommended; the Authority decides (Opine).</summary>
    AwaitingAuthorityDecision,
    /// <summary>A Self-Governance decision referred to the Panel (Opine).</summary>
    ReferredToPanel,
    /// <summary>A decision appealed to the Authority (Opine).</summary>
    UnderAppeal,
    /// <summary>Approved and awaiting implementation in a SEC Release (Implement).</summary>
    Approved,
    Rejected,
    Withdrawn,
    Implemented,
}

/// <summary>The stage names used by the Change Status Report.</summary>
public enum Stage
{
    None = 0,
    Define,
    Refine,
    Opine,
    Implement,
    Closed,
}

/// <summary>The Panel's choice of Path at conversion (SEC D).</summary>
public enum ModificationPath
{
    None = 0,
    /// <summary>Path 1: Authority-led (Significant Code Review).</summary>
    AuthorityLed = 1,
    /// <summary>Path 2: Authority Determination.</summary>
    AuthorityDetermination = 2,
    /// <summary>Path 3: Self-Governance; the Change Board decides.</summary>
    SelfGovernance = 3,
}

public enum ModificationRoute
{
    None = 0,
    RefinementProcess,
    ReportPhase,
}

/// <summary>Panel Information Policy labels (SEC M4.13); WHITE is public.</summary>
public enum Classification
{
    None = 0,
    Red,
    Amber,
    Green,
    White,
}

/// <summary>General SEC Objectives (SEC C1.1), (a) to (f).</summary>
public enum SecObjective
{
    None = 0,
    A, B, C, D, E, F,
}

public enum AssessmentKind
{
    None = 0,
    /// <summary>DCC Preliminary Assessment.</summary>
    Preliminary,
    /// <summary>DCC Impact Assessment.</summary>
    Impact,
}

public enum ConsultationKind
{
    None = 0,
    Refinement,
    ModificationReport,
}

public enum CscOutcome
{
    None = 0,
    FurtherDevelopmentRequired,
    ReadyToConvert,
    Noted,
}

public enum DecisionOutcome
{
    None = 0,
    Approve,
    Reject,
    /// <summary>The Authority, or the Panel on referral, sends the report back for more work.</summary>
    SendBack,
}

public enum DecidingBody
{
    None = 0,
    ChangeBoard,
    Panel,
    Authority,
}

public enum WorkingGroupMeetingKind
{
    None = 0,
    Monthly,
    AdHoc,
}

public enum ReleaseStatus
{
    None = 0,
    Targeted,
    Approved,
    Implemented,
}

public static class StateExtensions
{
    public static Stage Stage(this ModificationState state) => state switch
    {
        ModificationState.Development or ModificationState.AwaitingConversion => Modifications.Stage.Define,
        ModificationState.Refinement => Modifications.Stage.Refine,
        ModificationState.ReportPhase or ModificationState.AwaitingAuthorityDecision
            or ModificationState.ReferredToPanel or ModificationState.UnderAppeal => Modifications.Stage.Opine,
        ModificationState.Approved => Modifications.Stage.Implement,
        _ => Modifications.Stage.Closed,
    };

    public static bool IsClosed(this ModificationState state) => state.Stage() == Modifications.Stage.Closed;

    /// <summary>Still before the decision: a release may be targeted, a consultation answered, the proposal withdrawn.</summary>
    public static bool IsPreDecision(this ModificationState state) => state is ModificationState.Development
        or ModificationState.AwaitingConversion or ModificationState.Refinement or ModificationState.ReportPhase
        or ModificationState.AwaitingAuthorityDecision;
}
