using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Application.Releases;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Pages.Steps;

/// <summary>A decision by the Change Board, the Panel or the Authority; on approval it may also approve the release it goes into.</summary>
public abstract class DecisionPage : StepPage
{
    [BindProperty] public DecisionOutcome? Outcome { get; set; }
    [BindProperty] public string? Release { get; set; }
    [BindProperty] public string? Part { get; set; }

    public IReadOnlyList<Choice> Releases { get; private set; } = [];

    public abstract DecidingBody Body { get; }

    /// <summary>Only the Authority may send a report back; the Change Board's outcome may follow its ballot.</summary>
    public IReadOnlyList<Choice> Outcomes => Body == DecidingBody.Authority
        ? FieldErrors.Choices<DecisionOutcome>()
        : FieldErrors.Choices(DecisionOutcome.Approve, DecisionOutcome.Reject);

    protected override async Task PrepareAsync(CancellationToken ct) =>
        Releases = ReleaseChoices.Of(await HttpContext.RequestServices.GetRequiredService<ReleaseService>().ReleasesAsync(ct));

    protected override void Validate()
    {
        if (Outcome is null && Body != DecidingBody.ChangeBoard)
        {
            ModelState.AddModelError(nameof(Outcome), "Select the decision");
        }
    }

    protected override async Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct) =>
        (await HttpContext.RequestServices.GetRequiredService<ModificationService>().RecordDecisionAsync(reference, Body, Outcome,
            string.IsNullOrWhiteSpace(Release) ? null : Release, string.IsNullOrWhiteSpace(Part) ? null : Part.Trim(), on, by, ReasonGiven, IfVersion, ct)).Reference;
}
