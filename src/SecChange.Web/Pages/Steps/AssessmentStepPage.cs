using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>A step on one of the modification's DCC assessments, chosen from those it has.</summary>
public abstract class AssessmentStepPage : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the assessment")] public string? Assessment { get; set; }

    public IReadOnlyList<Choice> Assessments => View.Assessments
        .Select(a => new Choice(a.Id, $"{a.Id}: {Display.Words(a.Kind)} Assessment, {a.Status.ToLowerInvariant()}")).ToList();

    protected override Task PrepareAsync(CancellationToken ct)
    {
        Assessment ??= View.Assessments.LastOrDefault(a => a.Status != "Returned")?.Id;
        return Task.CompletedTask;
    }

    protected override ModificationChange Change() => Change(Assessment!.Trim());

    protected abstract ModificationChange Change(string assessment);
}
