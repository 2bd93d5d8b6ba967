using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace SecChange.Web.Tests;

/// <summary>The register page's downloads (CSV, Excel) and the Atom and iCalendar feeds, over HTTP.</summary>
public sealed class DownloadAndFeedTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task RegisterCsv_WhenFilteredByStage_HasThePagesColumnsAndEveryMatchingRow()
    {
        using var client = web.Client();
        var lines = (await client.GetStringAsync("/register.csv?stage=Refine")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/modifications?stage=Refine&limit=1000"));

        lines[0].ShouldBe("Reference,Title,Stage,State,Proposer,Next key date,Next key event");
        (lines.Length - 1).ShouldBe(api.RootElement.GetProperty("total").GetInt32());
        lines.Skip(1).ShouldAllBe(l => l.Contains(",Refine,"));
    }

    [Fact]
    public async Task RegisterWorkbook_HasTheSameRowsAsTheCsv_WithDatesAsDates()
    {
        using var client = web.Client();
        var response = await client.GetAsync("/register.xlsx");
        var rows = Workbook.Rows(await response.Content.ReadAsByteArrayAsync());
        var csv = (await client.GetStringAsync("/register.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        rows[0].ShouldBe(["Reference", "Title", "Stage", "State", "Proposer", "Next key date", "Next key event"]);
        rows.Count.ShouldBe(csv.Length);
        rows.Skip(1).Select(r => r[0]).ShouldBe(csv.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task RegisterFeed_IsAtomWithOneStableIdPerEvent_AndTheSameETagTwice()
    {
        using var client = web.Client();
        var first = await client.GetAsync("/feeds/register.atom");
        var second = await client.GetAsync("/feeds/register.atom");
        using var reader = XmlReader.Create(await first.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        feed.Items.Count().ShouldBeGreaterThan(10);
        feed.Items.Select(i => i.Id).ShouldBeUnique();
        feed.Items.ShouldAllBe(i => i.Id.StartsWith("tag:secchange:"));
        second.Headers.ETag.ShouldBe(first.Headers.ETag);
    }

    [Fact]
    public async Task ModificationFeed_GivesMP105sEvents()
    {
        using var client = web.Client();
        using var reader = XmlReader.Create(await client.GetStreamAsync("/feeds/modifications/MP105.atom"));
        var feed = SyndicationFeed.Load(reader);
        using var events = JsonDocument.Parse(await client.GetStringAsync("/api/v1/modifications/MP105/events"));

        feed.Title.Text.ShouldStartWith("MP105");
        feed.Items.Count().ShouldBe(events.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Calendar_HasMeetingsAndReleasesWithStableUids()
    {
        using var client = web.Client();
        var ics = await client.GetStringAsync("/calendar.ics");

        ics.ShouldStartWith("BEGIN:VCALENDAR");
        ics.ShouldContain("UID:meeting-csc-11@secchange");
        ics.ShouldContain("UID:release-");
        (await client.GetStringAsync("/calendar.ics")).ShouldBe(ics);
    }
}
