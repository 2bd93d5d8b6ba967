using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Accounts;
using SecChange.Application.ChangeBoard;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Web.Pages.Ballots;

/// <summary>A modification's Change Board ballot; a signed-in Change Board member (or alternate) casts their position here.</summary>
public sealed class BallotModel(VisibleRegister register, ChangeBoardService board, CodeRules rules) : SecChangePage
{
    [BindProperty] public VotePosition? Position { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public List<SecObjective> Objectives { get; set; } = [];
    [BindProperty(SupportsGet = true)] public bool Cast { get; set; }

    public BallotView Ballot { get; private set; } = null!;

    /// <summary>Whether the signed-in account votes on the Change Board (as a member or an alternate).</summary>
    public bool MayVote => Viewer.Role is AccountRole.ChangeBoardMember or AccountRole.ChangeBoardAlternate;

    /// <summary>The signed-in member's own position on the ballot shown, if they have voted.</summary>
    public Vote? MyVote => Ballot.Seats.Select(s => s.Current).FirstOrDefault(v => v is not null &&
        (string.Equals(v.CastBy, Viewer.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(v.Seat, Viewer.Name, StringComparison.OrdinalIgnoreCase)));

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct)) return NotFound();
        if (MyVote is { } mine)
        {
            // The form starts from the member's present position, which they may change until the Change Board decides.
            Position = mine.Position;
            Rationale = mine.Rationale;
            Objectives = [.. mine.Objectives];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct)) return NotFound();
        if (!MayVote) return Forbid();
        if (Position is null or VotePosition.None)
        {
            ModelState.AddModelError(nameof(Position), "Choose approve, reject or abstain");
            return Page();
        }

        try
        {
            await board.CastVoteAsync(reference, Viewer.Name, Position.Value, string.IsNullOrWhiteSpace(Rationale) ? null : Rationale.Trim(),
                Objectives.Distinct().ToList(), Today, Viewer.AsActor(), ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(Position), ex.Message);
            return Page();
        }

        return RedirectToPage(new { reference = Ballot.Reference, cast = true });
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        try
        {
            var view = await register.ViewAsync(Viewer, reference, Today, ct);
            Ballot = BallotView.Of(view, await board.ChangeBoardMembersAsync(ct), rules);
            return true;
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }

    public static string Percent(decimal? share) => share is { } s ? $"{s * 100:0.0}%" : "none";
}
