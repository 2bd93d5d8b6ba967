using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Modifications;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Proposals;

/// <summary>Any signed-in account raises a Draft Proposal as its Proposer (its own name and organisation); the new record's page follows.</summary>
[Authorize]
public sealed class NewModel(ModificationService modifications) : SecChangePage
{
    [BindProperty, Required(ErrorMessage = "Enter a title"), StringLength(300, ErrorMessage = "The title must be 300 characters or fewer")]
    public string? Title { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter the problem statement")] public string? ProblemStatement { get; set; }
    [BindProperty] public string? Solution { get; set; }
    [BindProperty] public Classification Classification { get; set; } = Classification.White;
    [BindProperty] public DateParts On { get; set; } = new();

    public IReadOnlyList<Choice> Classifications { get; } =
    [
        new("White", "WHITE", "Public: anyone may see it"),
        new("Green", "GREEN", "The signed-in SEC community"),
        new("Amber", "AMBER", "The named organisations"),
        new("Red", "RED", "The named people"),
    ];

    public void OnGet() => On = DateParts.Of(Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = On.Read(nameof(On), "the date it was raised", ModelState);
        if (!ModelState.IsValid || on is null)
        {
            return Page();
        }

        var by = Viewer.AsActor();
        try
        {
            var raised = await modifications.RaiseDraftProposalAsync(
                new DraftProposalRaised(Title!.Trim(), by.Name, by.Organisation, ProblemStatement!.Trim(), Classification),
                on.Value, by, solution: Solution, ct: ct);
            return Redirect($"/modifications/{raised.Reference}");
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return Page();
        }
    }
}
