using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Meetings;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;

namespace SecChange.Web.Pages.Meetings;

/// <summary>SECAS records that a body approved a meeting's minutes at a later meeting of that body; until then they are a draft.</summary>
[Authorize]
public sealed class ApproveMinutesModel(VisibleMeetings visible, MeetingService meetings) : SecChangePage
{
    public MeetingView Meeting { get; private set; } = null!;

    /// <summary>The later meetings of the same body the reader may see, the next one first.</summary>
    public IReadOnlyList<Choice> Later { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "Select the meeting that approved the minutes")] public string? At { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        try
        {
            await meetings.ApproveMinutesAsync(Meeting.Id, At!, Viewer.AsActor(), ct);
            return Redirect(MeetingLinks.Page(Meeting.Id));
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return Page();
        }
    }

    /// <summary>The meeting and the choices; a refusal (not SECAS, hidden or missing meeting) instead when there is one.</summary>
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        if (!Viewer.IsSecas) return Forbid();
        try
        {
            Meeting = await visible.ShowAsync(Viewer, id, ct);
        }
        catch (DomainException ex) when (ex.Kind is ErrorKind.NotFound or ErrorKind.InvalidInput)
        {
            return NotFound();
        }

        var body = MeetingId.Parse(Meeting.Id).Body;
        Later = (await visible.ListAsync(Viewer, ct))
            .Where(m => MeetingId.Parse(m.Summary.Id).Body == body && m.Summary.On > Meeting.On)
            .Select(m => new Choice(m.Summary.Id, $"{m.Summary.Id}, {Display.Date(m.Summary.On)}")).ToList();
        return null;
    }
}
