using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Limits;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Pages.Steps;

/// <summary>
/// The Modification Report's written sections (issue, solution, impacts, views ...) and the DCC Service Providers and
/// test phases, amended as the CLI's `amend --text` does: each box starts with what is recorded, and only the sections
/// changed are amended (an emptied box removes its section).
/// </summary>
public sealed class ReportTextModel : StepPage
{
    [BindProperty] public Dictionary<string, string?> Sections { get; set; } = [];
    [BindProperty] public string? ServiceProviders { get; set; }
    [BindProperty] public string? TestPhases { get; set; }

    protected override string StepName => "amend";

    public override string ReasonLabel => "What changed, for the timeline (optional)";

    public static string FieldName(ReportSection section) => $"Sections[{section.Slug()}]";

    public string? Text(ReportSection section) => Sections.GetValueOrDefault(section.Slug());

    protected override Task PrepareAsync(CancellationToken ct)
    {
        if (HttpMethods.IsGet(Request.Method))
        {
            Sections = View.ReportText.ToDictionary(t => t.Section.Slug(), t => (string?)t.Text);
            ServiceProviders = string.Join(", ", View.ServiceProviders);
            TestPhases = string.Join(", ", View.TestPhases);
        }

        return Task.CompletedTask;
    }

    protected override void Validate()
    {
        foreach (var (slug, text) in Sections)
        {
            if (!ReportSections.All.Any(s => s.Slug() == slug)) ModelState.AddModelError($"Sections[{slug}]", "This is not a section of the report");
            else if (text?.Length > InputLimits.MaxTextLength) ModelState.AddModelError($"Sections[{slug}]", $"Keep each section to {InputLimits.MaxTextLength:N0} characters");
        }
    }

    protected override async Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct)
    {
        // Only the sections posted are considered (a box posted empty removes its section; one not posted is left as it is).
        var held = View.ReportText.ToDictionary(t => t.Section, t => t.Text.Trim());
        var changed = ReportSections.All
            .Where(s => Sections.ContainsKey(s.Slug()))
            .Select(s => (Section: s, Text: Sections[s.Slug()]?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() ?? ""))
            .Where(s => s.Text != held.GetValueOrDefault(s.Section, ""))
            .Select(s => new ReportText(s.Section, s.Text))
            .ToList();
        var providers = List(ServiceProviders);
        var phases = List(TestPhases).Select(p => p.ToUpperInvariant()).ToList();
        var details = new DetailsAmended
        {
            ReportText = changed.Count == 0 ? null : changed,
            ServiceProviders = providers.SequenceEqual(View.ServiceProviders) ? null : providers,
            TestPhases = phases.SequenceEqual(View.TestPhases) ? null : phases,
        };
        return (await HttpContext.RequestServices.GetRequiredService<ModificationService>()
            .AmendDetailsAsync(reference, details, null, on, by, ReasonGiven, IfVersion, ct)).Reference;
    }

    private static List<string> List(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
