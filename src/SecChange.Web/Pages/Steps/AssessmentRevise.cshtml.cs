using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Agrees a revised return date for an assessment (the domain asks for the reason).</summary>
public sealed class AssessmentReviseModel : AssessmentStepPage
{
    [BindProperty] public DateParts AgreedDate { get; set; } = new();

    public override string ReasonLabel => "Why the date is revised";

    protected override string StepName => "assessment revise";

    private LocalDate? agreed;

    protected override void Validate() => agreed = AgreedDate.Read(nameof(AgreedDate), "the revised return date", ModelState);

    protected override ModificationChange Change(string assessment) => new AssessmentDateRevised(assessment, agreed!.Value);
}
