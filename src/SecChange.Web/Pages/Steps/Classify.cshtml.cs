using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>Changes the information classification (an audited step like any other).</summary>
public sealed class ClassifyModel : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the new classification")] public Classification? To { get; set; }

    protected override string StepName => "classify";

    protected override ModificationChange Change() => new ClassificationChanged(To!.Value);
}
