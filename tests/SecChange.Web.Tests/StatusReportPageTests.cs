using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace SecChange.Web.Tests;

/// <summary>The Change Status Report page and its downloads and API, for the sample register as at 31 July 2020.</summary>
public sealed class StatusReportPageTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Page_WhenEndOfJuly2020_ShowsTheReportWithItsStageChartAndDownloads()
    {
        using var anonymous = web.Client();
        var html = await anonymous.GetStringAsync("/reports/status?as-at=2020-07-31");

        html.ShouldContain("<svg");
        html.ShouldContain("sc-chart__bar");
        html.ShouldContain("Proposals currently in each stage");
        html.ShouldContain("MP102A ‘Power Outage Alerts triggered by an OTA firmware upgrade’");
        html.ShouldContain("WHITE");
        html.ShouldContain("/reports/status?as-at=2020-07-31&amp;format=docx");
        html.ShouldNotContain("DP104"); // GREEN: not for an anonymous reader
    }

    [Fact]
    public async Task Download_WhenWord_IsTheDocxOfThatDate()
    {
        using var anonymous = web.Client();
        var response = await anonymous.GetAsync("/reports/status?as-at=2020-07-31&format=docx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("change-status-report-2020-07-31.docx");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        zip.Entries.ShouldContain(e => e.FullName.StartsWith("word/charts/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_WhenJsonOrMarkdown_GivesTheContentOrTheDocumentAndRefusesABadFormat()
    {
        using var anonymous = web.Client();

        using var json = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/reports/status?asAt=2020-07-31"));
        json.RootElement.GetProperty("recommendedForReportPhase").GetArrayLength().ShouldBe(3);
        json.RootElement.GetProperty("classification").GetString().ShouldBe("White");
        var markdown = await anonymous.GetStringAsync("/api/v1/reports/status?asAt=2020-07-31&format=md");
        markdown.ShouldContain("# Change Status Report");
        markdown.ShouldContain("| Define | 8 |");
        (await anonymous.GetAsync("/api/v1/reports/status?asAt=2020-07-31&format=odt")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetAsync("/api/v1/reports/status?asAt=31-07-2020")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
