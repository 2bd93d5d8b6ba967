using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Releases;
using SecChange.Domain.Modifications;
using SecChange.Web.Api;
using SecChange.Web.Pages;

namespace SecChange.Web.Feeds;

/// <summary>
/// /calendar.ics: meetings, consultations closing, referral and appeal windows closing, and SEC Release dates,
/// for Parties to subscribe to. Each event's UID is built from what it is (the meeting, the modification and
/// deadline), so a calendar updates it rather than duplicating it. Only what the viewer may see.
/// </summary>
public static class CalendarFeed
{
    private const string Domain = "secchange";

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar.ics", async (HttpContext context, VisibleMeetings meetings, ReleaseService releases, FeedSource source,
            CancellationToken ct) =>
        {
            var viewer = context.Viewer();
            var calendar = new Ical.Net.Calendar { ProductId = "-//SecChange//SEC change process//EN" };
            calendar.AddProperty("X-WR-CALNAME", "SEC change process");
            foreach (var m in (await meetings.ListAsync(viewer, ct)).Select(l => l.Summary))
            {
                var e = AllDay($"meeting-{m.Id}", $"{m.Id} meeting", m.On, m.Place);
                if (m.From is { } from)
                {
                    e.DtStart = new CalDateTime(m.On.At(from).ToDateTimeUnspecified(), "Europe/London");
                    e.DtEnd = new CalDateTime(m.On.At(m.To ?? from.PlusHours(1)).ToDateTimeUnspecified(), "Europe/London");
                }

                e.Description = $"Papers due {Display.Date(m.PaperDeadline)}.";
                calendar.Events.Add(e);
            }

            foreach (var r in await releases.ReleasesAsync(ct))
            {
                calendar.Events.Add(AllDay($"release-{r.Id}", $"{r.Name} (SEC Release)", r.Date, null));
            }

            var views = await source.RecentAsync(viewer, context.Today(), row => row.Stage != Stage.Closed, ct);
            foreach (var v in views)
            {
                foreach (var c in v.Consultations.Where(c => c.IsOpen))
                {
                    calendar.Events.Add(AllDay($"{v.Reference}-consultation-{c.Kind}-{Display.IsoDate(c.OpenedOn)}",
                        $"{v.Reference}: {c.Kind.Describe()} closes", c.Closes, v.Title));
                }

                if (v.ReferralWindowCloses is { } referral)
                {
                    calendar.Events.Add(AllDay($"{v.Reference}-referral-window", $"{v.Reference}: referral window closes", referral, v.Title));
                }

                if (v.AppealWindowCloses is { } appeal)
                {
                    calendar.Events.Add(AllDay($"{v.Reference}-appeal-window", $"{v.Reference}: appeal window closes", appeal, v.Title));
                }
            }

            var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
            return new TaggedResponse(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    private static CalendarEvent AllDay(string key, string summary, LocalDate on, string? detail) => new()
    {
        Uid = $"{key.Replace(' ', '-').ToLowerInvariant()}@{Domain}",
        Summary = summary,
        Description = detail,
        DtStart = new CalDateTime(on.Year, on.Month, on.Day),
        DtEnd = new CalDateTime(on.PlusDays(1).Year, on.PlusDays(1).Month, on.PlusDays(1).Day),
        // A fixed stamp (the day itself), so the file is the same on every fetch and its ETag holds.
        DtStamp = new CalDateTime(DateTime.SpecifyKind(on.ToDateTimeUnspecified(), DateTimeKind.Utc)),
    };
}
