using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;

namespace SecChange.Web.Pages.Steps;

/// <summary>
/// Amends a proposal's details, as the CLI's amend does: texts and costs left blank stay as they are; the lists
/// and impacts start from what is recorded, and only those changed are amended (the domain refuses an amendment
/// that changes nothing).
/// </summary>
public sealed class AmendModel : StepPage
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? ProblemStatement { get; set; }
    [BindProperty] public string? Solution { get; set; }
    [BindProperty] public string? LeadAnalyst { get; set; }
    [BindProperty] public List<string> Objectives { get; set; } = [];
    [BindProperty, StringLength(4000)] public string? AffectedDocuments { get; set; }
    [BindProperty] public List<string> ImpactedCategories { get; set; } = [];
    [BindProperty, StringLength(1000)] public string? Irps { get; set; }
    [BindProperty] public string? DccSystemImpact { get; set; }
    [BindProperty] public string? DuisImpact { get; set; }
    [BindProperty, Range(1, 120, ErrorMessage = "Enter the lead time as a number of months")] public int? LeadTimeMonths { get; set; }
    [BindProperty, StringLength(50)] public string? DccCost { get; set; }
    [BindProperty, Range(0, 1_000_000_000, ErrorMessage = "Enter the SECAS cost in pounds")] public decimal? SecasCost { get; set; }
    [BindProperty, Range(0, 1_000_000_000, ErrorMessage = "Enter the ongoing cost in pounds")] public decimal? AnnualCost { get; set; }

    public static IReadOnlyList<Choice> YesNo { get; } = [new("true", "Yes"), new("false", "No")];

    public IReadOnlyList<Choice> ObjectiveChoices => FieldErrors.Choices<SecObjective>()
        .Select(c => c with { Text = $"Objective ({c.Value.ToLowerInvariant()})" }).ToList();

    protected override string StepName => "amend";

    protected override Task PrepareAsync(CancellationToken ct)
    {
        if (HttpMethods.IsGet(Request.Method))
        {
            Objectives = [.. View.Objectives.Select(o => o.ToString())];
            AffectedDocuments = string.Join('\n', View.AffectedDocuments);
            ImpactedCategories = [.. View.ImpactedCategories.Select(c => c.ToString())];
            Irps = string.Join(", ", View.Irps);
            DccSystemImpact = Bool(View.DccSystemImpact);
            DuisImpact = Bool(View.DuisImpact);
        }

        return Task.CompletedTask;
    }

    protected override void Validate()
    {
        RequireChoices<SecObjective>(nameof(Objectives), Objectives);
        RequireChoices<PartyCategory>(nameof(ImpactedCategories), ImpactedCategories);
    }

    /// <summary>Each posted value must be one of the enum's options shown (not None, not anything else).</summary>
    private void RequireChoices<T>(string field, List<string> values) where T : struct, Enum
    {
        if (values.Any(v => !Enum.TryParse<T>(v, out var parsed) || Convert.ToInt32(parsed, System.Globalization.CultureInfo.InvariantCulture) == 0))
        {
            ModelState.AddModelError(field, "Choose from the options shown");
        }
    }

    protected override async Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct)
    {
        var objectives = Objectives.Select(Enum.Parse<SecObjective>).Distinct().Order().ToList();
        var documents = Lines(AffectedDocuments, '\n');
        var categories = ImpactedCategories.Select(Enum.Parse<PartyCategory>).Distinct().Order().ToList();
        var irps = Lines(Irps, ',').Select(i => i.ToUpperInvariant()).ToList();
        var details = new DetailsAmended
        {
            Title = Given(Title),
            ProblemStatement = Given(ProblemStatement),
            Solution = Given(Solution),
            LeadAnalyst = Given(LeadAnalyst),
            Objectives = Changed(objectives, View.Objectives.Order()),
            AffectedDocuments = Changed(documents, View.AffectedDocuments),
            ImpactedCategories = Changed(categories, View.ImpactedCategories.Order()),
            Irps = Changed(irps, View.Irps),
            DccSystemImpact = DccSystemImpact == Bool(View.DccSystemImpact) ? null : DccSystemImpact == "true",
            DuisImpact = DuisImpact == Bool(View.DuisImpact) ? null : DuisImpact == "true",
            LeadTimeMonths = LeadTimeMonths,
        };
        var costs = new CostChange(Given(DccCost), SecasCost, AnnualCost);
        return (await HttpContext.RequestServices.GetRequiredService<ModificationService>()
            .AmendDetailsAsync(reference, details, costs, on, by, ReasonGiven, IfVersion, ct)).Reference;
    }

    /// <summary>The new list, or null when it is what is recorded already (so it is not amended).</summary>
    private static List<T>? Changed<T>(List<T> given, IEnumerable<T> recorded) => given.SequenceEqual(recorded) ? null : given;

    private static List<string> Lines(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
