using SecChange.Application.Access;

namespace SecChange.Web.Pages.Meetings;

/// <summary>The meetings calendar: every meeting the visitor may see, by month, upcoming ones first.</summary>
public sealed class IndexModel(VisibleMeetings meetings) : SecChangePage
{
    public IReadOnlyList<MeetingListing> Upcoming { get; private set; } = [];
    public IReadOnlyList<MeetingListing> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await meetings.ListAsync(Viewer, ct);
        Upcoming = all.Where(m => m.Summary.On >= Today).ToList();
        Past = all.Where(m => m.Summary.On < Today).Reverse().ToList();
    }
}
