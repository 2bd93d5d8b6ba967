using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>
/// Takes a sample modification (MP105, in refinement) to the Report Phase through the application services, as
/// the Panel, the CSC and SECAS would, so that a Modification Report Consultation and a ballot can be tried online.
/// </summary>
public static class ReportPhase
{
    public static readonly LocalDate Today = new(2026, 12, 1);

    public static readonly string[] Questions =
    [
        "Do you agree with the proposed solution?",
        "Do you agree that MP105 better facilitates the SEC Objectives?",
    ];

    private static readonly Actor Secas = new("Alex Morgan", ActorRole.Secas, "SECAS");

    /// <summary>Routes the modification to the Report Phase, approves its report, and opens its Modification Report Consultation.</summary>
    public static async Task OpenReportConsultationAsync(WebAppFixture web, string reference, LocalDate closes)
    {
        var steps = web.Service<ModificationService>();
        await steps.TakeStepAsync(reference, new RouteChanged(ModificationRoute.ReportPhase), Today, new Actor("Priya Shah", ActorRole.Panel, "SEC Panel"));
        await steps.TakeStepAsync(reference, new ModificationReportApproved(), Today, new Actor("Chris Evans", ActorRole.ChangeSubCommittee));
        await steps.TakeStepAsync(reference, new ConsultationOpened(ConsultationKind.ModificationReport, closes, Questions), Today, Secas);
    }

    /// <summary>Closes the Modification Report Consultation, which opens the Change Board ballot.</summary>
    public static Task CloseReportConsultationAsync(WebAppFixture web, string reference) =>
        web.Service<ModificationService>().TakeStepAsync(reference, new ConsultationClosed(ConsultationKind.ModificationReport), Today, Secas);
}
