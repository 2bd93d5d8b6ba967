using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Meetings;
using SecChange.Domain.Errors;

namespace SecChange.Web.Pages.Meetings;

/// <summary>One meeting as its minutes read: attendance, actions outstanding, agenda with outcomes (decisions), new actions.</summary>
public sealed class ShowModel(VisibleMeetings meetings) : SecChangePage
{
    public MeetingView Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        try
        {
            Meeting = await meetings.ShowAsync(Viewer, id, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Kind is ErrorKind.NotFound or ErrorKind.InvalidInput)
        {
            return NotFound();
        }
    }
}
