namespace SecChange.Domain.Modifications;

/// <summary>Human-readable names for the process enums, as SECAS documents write them.</summary>
public static class Descriptions
{
    public static string Describe(this ModificationRoute route) => route switch
    {
        ModificationRoute.RefinementProcess => "Refinement Process",
        ModificationRoute.ReportPhase => "Report Phase",
        _ => "no route",
    };

    public static string Describe(this ModificationPath path) => path switch
    {
        ModificationPath.AuthorityLed => "Path 1 (Authority-led)",
        ModificationPath.AuthorityDetermination => "Path 2 (Authority Determination)",
        ModificationPath.SelfGovernance => "Path 3 (Self-Governance)",
        _ => "no path",
    };

    public static string Describe(this AssessmentKind kind) => kind switch
    {
        AssessmentKind.Preliminary => "Preliminary Assessment",
        AssessmentKind.Impact => "Impact Assessment",
        _ => "Assessment",
    };

    public static string Abbreviation(this AssessmentKind kind) => kind == AssessmentKind.Impact ? "IA" : "PA";

    public static string Describe(this ConsultationKind kind) => kind switch
    {
        ConsultationKind.Refinement => "Refinement Consultation",
        ConsultationKind.ModificationReport => "Modification Report Consultation",
        _ => "Consultation",
    };

    public static string Describe(this DecidingBody body) => body switch
    {
        DecidingBody.ChangeBoard => "Change Board",
        DecidingBody.Panel => "Panel",
        DecidingBody.Authority => "Authority",
        _ => "?",
    };

    public static string Describe(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approve => "approve",
        DecisionOutcome.Reject => "reject",
        DecisionOutcome.SendBack => "send back",
        _ => "?",
    };

    public static string Describe(this ModificationState state) => state switch
    {
        ModificationState.Development => "Development Stage",
        ModificationState.AwaitingConversion => "Awaiting Panel conversion",
        ModificationState.Refinement => "Refinement Process",
        ModificationState.ReportPhase => "Report Phase",
        ModificationState.AwaitingAuthorityDecision => "With the Authority for decision",
        ModificationState.ReferredToPanel => "Referred to the Panel",
        ModificationState.UnderAppeal => "Appealed to the Authority",
        ModificationState.Approved => "Approved",
        ModificationState.Rejected => "Rejected",
        ModificationState.Withdrawn => "Withdrawn",
        ModificationState.Implemented => "Implemented",
        _ => "?",
    };
}
