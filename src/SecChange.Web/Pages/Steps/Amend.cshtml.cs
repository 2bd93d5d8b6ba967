using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Amends a proposal's descriptive details; blank fields are left unchanged (the domain refuses an amendment that changes nothing).</summary>
public sealed class AmendModel : ModificationStepPage
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? ProblemStatement { get; set; }
    [BindProperty] public string? Solution { get; set; }
    [BindProperty] public string? LeadAnalyst { get; set; }
    [BindProperty, Range(1, 120, ErrorMessage = "Enter the lead time as a number of months")] public int? LeadTimeMonths { get; set; }

    protected override string StepName => "amend";

    protected override ModificationChange Change() => new DetailsAmended
    {
        Title = Given(Title),
        ProblemStatement = Given(ProblemStatement),
        Solution = Given(Solution),
        LeadAnalyst = Given(LeadAnalyst),
        LeadTimeMonths = LeadTimeMonths,
    };

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
