using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>The CSC approves the Modification Report for consultation.</summary>
public sealed class ReportApproveModel : ModificationStepPage
{
    protected override string StepName => "report approve";

    protected override ModificationChange Change() => new ModificationReportApproved();
}
