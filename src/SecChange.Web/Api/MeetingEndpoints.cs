using Microsoft.AspNetCore.Mvc;
using SecChange.Application.Access;
using SecChange.Application.Meetings;
using SecChange.Domain.Meetings;

namespace SecChange.Web.Api;

/// <summary>GET /api/v1/meetings, /api/v1/meetings/{id} and /api/v1/actions, through <see cref="VisibleMeetings"/>.</summary>
public static class MeetingEndpoints
{
    public static RouteGroupBuilder MapMeetings(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings", async (HttpContext context, VisibleMeetings meetings, [FromQuery] string? body, CancellationToken ct) =>
                TaggedResponse.Json(context, (await meetings.ListAsync(context.Viewer(), ct))
                    .Where(m => RegisterQueryParser.Text(context.Request.Query, "body") is not { } code
                        || string.Equals(MeetingId.Parse(m.Summary.Id).Body, code, StringComparison.OrdinalIgnoreCase))
                    .ToList()))
            .WithName("ListMeetings")
            .WithSummary("Meetings you may see (body: a meeting body's code such as CSC, PANEL or CB)")
            .Produces<IReadOnlyList<MeetingListing>>();

        api.MapGet("/meetings/{id}", async (HttpContext context, VisibleMeetings meetings, string id, CancellationToken ct) =>
                TaggedResponse.Json(context, await meetings.ShowAsync(context.Viewer(), id, ct)))
            .WithName("GetMeeting")
            .WithSummary("One meeting (e.g. CSC11): attendance, agenda with outcomes, actions raised and carried forward")
            .Produces<MeetingView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/actions", async (HttpContext context, VisibleMeetings meetings, [FromQuery] bool? open, [FromQuery] bool? overdue,
                    CancellationToken ct) =>
                TaggedResponse.Json(context, (await meetings.ActionsAsync(context.Viewer(), ct))
                    .Where(a => open != true || a.Status == ActionStatus.Open)
                    .Where(a => overdue != true || ActionStanding.IsOverdue(a, context.Today()))
                    .ToList()))
            .WithName("ListActions")
            .WithSummary("The action log (open=true for open actions only, overdue=true for those past their due date)")
            .Produces<IReadOnlyList<ActionView>>();
        return api;
    }
}
