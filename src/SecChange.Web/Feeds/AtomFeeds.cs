using System.ServiceModel.Syndication;
using System.Xml;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Web.Api;
using SecChange.Web.Pages;

namespace SecChange.Web.Feeds;

/// <summary>
/// Atom feeds to subscribe to: recent events across the register, one modification's events, and the
/// consultations. Only what the viewer may see (a feed reader is usually anonymous: WHITE records only,
/// unless it sends an API key).
/// </summary>
public static class AtomFeeds
{
    /// <summary>Entries in the register feed: the latest events, newest first.</summary>
    public const int RegisterEntries = 100;

    public static IEndpointRouteBuilder MapAtomFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/register.atom", async (HttpContext context, FeedSource source, CancellationToken ct) =>
        {
            var views = await source.RecentAsync(context.Viewer(), context.Today(), null, ct);
            var entries = views.SelectMany(v => v.Timeline.Select(e => (View: v, Event: e)))
                .OrderByDescending(x => x.Event.On).ThenByDescending(x => x.Event.RecordedAt).Take(RegisterEntries)
                .Select(x => EventItem(context, x.View, x.Event));
            return Feed(context, "tag:secchange:register", "SEC Modification Register: recent events", "/", entries);
        }).ExcludeFromDescription();

        app.MapGet("/feeds/modifications/{reference}.atom", async (HttpContext context, VisibleRegister register, string reference, CancellationToken ct) =>
        {
            var view = await register.ViewAsync(context.Viewer(), reference, context.Today(), ct);
            return Feed(context, $"tag:secchange:{view.Reference}", $"{view.Reference}: {view.Title}", $"/modifications/{view.Reference}",
                view.Timeline.OrderByDescending(e => e.On).ThenByDescending(e => e.Sequence).Select(e => EventItem(context, view, e)));
        }).ExcludeFromDescription();

        app.MapGet("/feeds/consultations.atom", async (HttpContext context, FeedSource source, CancellationToken ct) =>
        {
            var views = await source.RecentAsync(context.Viewer(), context.Today(), null, ct);
            var entries = views.SelectMany(v => v.Consultations.Select(c => (View: v, Consultation: c)))
                .OrderByDescending(x => x.Consultation.OpenedOn)
                .Select(x => Item(context, $"tag:secchange:{x.View.Reference}/consultations/{x.Consultation.Kind}/{Display.IsoDate(x.Consultation.OpenedOn)}",
                    $"{x.View.Reference}: {x.Consultation.Kind.Describe()} " +
                    (x.Consultation.IsOpen ? $"open until {Display.Date(x.Consultation.Closes)}" : $"closed {Display.Date(x.Consultation.ClosedOn ?? x.Consultation.Closes)}"),
                    $"{x.View.Title}. {x.Consultation.Questions.Count} questions, {x.Consultation.Responses.Count} responses.",
                    $"/modifications/{x.View.Reference}", x.Consultation.ClosedOn ?? x.Consultation.OpenedOn));
            return Feed(context, "tag:secchange:consultations", "SEC modification consultations", "/", entries);
        }).ExcludeFromDescription();
        return app;
    }

    private static SyndicationItem EventItem(HttpContext context, ModificationView view, TimelineEntry e) =>
        Item(context, $"tag:secchange:{view.Reference}/events/{e.Sequence}", $"{view.Reference}: {e.Description}",
            $"{view.Title}. {e.Description} ({Display.Date(e.On)}, {e.By}){(e.Reason is null ? "" : ": " + e.Reason)}",
            $"/modifications/{view.Reference}", e.On);

    private static SyndicationItem Item(HttpContext context, string id, string title, string summary, string path, LocalDate on)
    {
        var item = new SyndicationItem(title, summary, Absolute(context, path), id, AtMidnight(on)) { PublishDate = AtMidnight(on) };
        return item;
    }

    private static TaggedResponse Feed(HttpContext context, string id, string title, string path, IEnumerable<SyndicationItem> items)
    {
        var list = items.ToList();
        var feed = new SyndicationFeed(title, "The SEC change process, from SecChange", Absolute(context, path), id,
            list.Count == 0 ? AtMidnight(context.Today()) : list.Max(i => i.LastUpdatedTime), list);
        feed.Links.Add(new SyndicationLink(Absolute(context, context.Request.Path)) { RelationshipType = "self" });
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return new TaggedResponse(stream.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static Uri Absolute(HttpContext context, string path) => new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{path}");

    /// <summary>The register dates events by day; an entry's time is that day's start in UTC, so it never changes between fetches.</summary>
    private static DateTimeOffset AtMidnight(LocalDate on) => new(on.ToDateTimeUnspecified(), TimeSpan.Zero);
}
