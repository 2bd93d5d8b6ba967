using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SecChange.Application.Accounts;
using SecChange.Application.ChangeBoard;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Web.Pages.Steps;

/// <summary>
/// A Change Board member's vote with its rationale. A member votes as themselves (their account's name is the
/// voter, never a form field); SECAS records a vote on a member's behalf, choosing the member.
/// </summary>
public sealed class VoteCastModel : StepPage
{
    [BindProperty] public string? Member { get; set; }
    [BindProperty, Required(ErrorMessage = "Select the vote")] public VotePosition? Position { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty, StringLength(30)] public string? Objectives { get; set; }

    /// <summary>The members SECAS may record a vote for; empty for a member, who votes as themselves.</summary>
    public IReadOnlyList<Choice> Members { get; private set; } = [];

    public override string DateLegend => "The Change Board meeting’s date";

    protected override string StepName => "ballot cast";

    private List<SecObjective>? objectives;

    protected override async Task PrepareAsync(CancellationToken ct)
    {
        if (Viewer.IsSecas)
        {
            Members = (await HttpContext.RequestServices.GetRequiredService<ChangeBoardService>().ChangeBoardMembersAsync(ct))
                .Select(m => new Choice(m.Name, m.AlternateFor is null ? m.Name : $"{m.Name} (alternate for {m.AlternateFor})")).ToList();
        }
    }

    protected override void Validate()
    {
        if (Viewer.IsSecas && string.IsNullOrWhiteSpace(Member))
        {
            ModelState.AddModelError(nameof(Member), "Select the member who votes");
        }

        var letters = (Objectives ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            objectives = letters.Select(SecObjectives.Parse).ToList();
        }
        catch (Domain.Errors.DomainException ex)
        {
            ModelState.AddModelError(nameof(Objectives), ex.Message);
        }
    }

    protected override async Task<string> TakeAsync(string reference, LocalDate on, Actor by, CancellationToken ct) =>
        (await HttpContext.RequestServices.GetRequiredService<ChangeBoardService>().CastVoteAsync(reference,
            Viewer.IsSecas ? Member!.Trim() : Viewer.Name, Position!.Value, string.IsNullOrWhiteSpace(Rationale) ? null : Rationale.Trim(),
            objectives is { Count: > 0 } ? objectives : null, on, by, ct)).Reference;
}
