using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Releases;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Steps;

/// <summary>A step naming a SEC Release (and a part, when a change is split across releases).</summary>
public abstract class ReleaseStepPage : ModificationStepPage
{
    [BindProperty, Required(ErrorMessage = "Select the release")] public string? Release { get; set; }
    [BindProperty, StringLength(50)] public string? Part { get; set; }

    public IReadOnlyList<Choice> Releases { get; private set; } = [];

    protected string? PartGiven => string.IsNullOrWhiteSpace(Part) ? null : Part.Trim();

    protected override async Task PrepareAsync(CancellationToken ct)
    {
        Releases = ReleaseChoices.Of(await HttpContext.RequestServices.GetRequiredService<ReleaseService>().ReleasesAsync(ct));
        Release ??= View.Releases.Count > 0 ? View.Releases[^1].ReleaseId : null;
    }
}
