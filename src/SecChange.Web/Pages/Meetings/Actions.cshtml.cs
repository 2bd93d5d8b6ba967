using SecChange.Application.Access;
using SecChange.Application.Meetings;

namespace SecChange.Web.Pages.Meetings;

/// <summary>The action log: overdue actions (as of today), those carried forward, other open ones, then closed ones.</summary>
public sealed class ActionsModel(VisibleMeetings meetings) : SecChangePage
{
    public IReadOnlyList<ActionView> Overdue { get; private set; } = [];
    public IReadOnlyList<ActionView> CarriedForward { get; private set; } = [];
    public IReadOnlyList<ActionView> Open { get; private set; } = [];
    public IReadOnlyList<ActionView> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await meetings.ActionsAsync(Viewer, ct);
        Overdue = all.Where(a => ActionStanding.IsOverdue(a, Today)).ToList();
        CarriedForward = all.Where(a => !ActionStanding.IsOverdue(a, Today) && ActionStanding.IsCarriedForward(a)).ToList();
        Open = all.Where(a => a.Status == Domain.Meetings.ActionStatus.Open).Except(Overdue).Except(CarriedForward).ToList();
        Closed = all.Where(a => a.Status != Domain.Meetings.ActionStatus.Open).ToList();
    }
}
