using System.Text.RegularExpressions;
using System.Net;
using Microsoft.Playwright;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>A modification with DCC System behaviour links to what it changes over the sample fleet (seed 004's MP105, seed 000's MP078).</summary>
public sealed class DccComparisonPageTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ModificationPage_WhenItHasDccBehaviour_LinksToTheComparison()
    {
        using var anonymous = web.Client();

        var mp105 = await anonymous.GetStringAsync("/modifications/MP105");
        var mp080 = await anonymous.GetStringAsync("/modifications/MP080");

        mp105.ShouldContain("href=\"/modifications/MP105/dcc-comparison\"");
        mp105.ShouldContain("SR 11.2 Read Firmware Version joins the Suspended-Device exception list");
        mp080.ShouldNotContain("dcc-comparison");
    }

    [Fact]
    public async Task Comparison_ForMp105_ShowsReadFirmwareOnSuspendedMetersGoingFromE5ToAccepted()
    {
        using var anonymous = web.Client();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/modifications/MP105/dcc-comparison"));

        html.ShouldContain("What MP105 changes in the DCC System");
        html.ShouldContain("Release 2021-11 (November 2021 SEC Release, 4 November 2021): only MP105 (targeted).");
        html.ShouldContain("Fleet: the sample fleet: 306 Devices");
        html.ShouldContain("Read Firmware Version");
        html.ShouldMatch(@"E5 \d+ → -");
        html.ShouldContain("secchange dcc compare --release 2021-11 --modification MP105");
    }

    [Fact]
    public async Task Comparison_ForMp078_ChangesOnlyTheGsmeEventRead()
    {
        using var anonymous = web.Client();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/modifications/MP078/dcc-comparison"));

        html.ShouldContain("Release 2022-11");
        html.ShouldContain("Read Device Configuration (Event and Alert Behaviours)");
        html.ShouldNotContain("<td class=\"govuk-table__cell\">11.2</td>");
    }

    [Theory]
    [InlineData("/modifications/MP080/dcc-comparison", HttpStatusCode.NotFound)]
    [InlineData("/modifications/MP999/dcc-comparison", HttpStatusCode.NotFound)]
    [InlineData("/modifications/MP105/dcc-comparison?devices=1000000", HttpStatusCode.BadRequest)]
    [InlineData("/modifications/MP105/dcc-comparison?devices=500", HttpStatusCode.OK)]
    public async Task Comparison_WhenNoBehaviourUnknownOrTooBig_IsRefused(string path, HttpStatusCode status)
    {
        using var anonymous = web.Client();

        (await anonymous.GetAsync(path)).StatusCode.ShouldBe(status);
    }

    [SkippableFact]
    public async Task ModificationPage_FollowingTheLink_ShowsAnAccessibleComparison()
    {
        BrowserFixture.Require();
        var page = await web.PageAsync();
        await page.GotoAsync("/modifications/MP105");

        await page.GetByRole(AriaRole.Link, new() { Name = "What MP105 changes over the sample fleet, Service Request by Service Request" }).ClickAsync();
        await page.ShouldReachAsync(new Regex("/modifications/MP105/dcc-comparison$"));

        (await page.Locator("#service-changes tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await BrowserTests.AssertAccessibleAsync(page, "dcc-comparison");
    }
}

/// <summary>The comparison respects classification: a modification the reader may not see has no comparison for them either.</summary>
public sealed class DccComparisonClassificationTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Comparison_WhenModificationIsRed_IsNotFoundToOthersAndShownToSecas()
    {
        await web.Service<ModificationService>().TakeStepAsync("MP105", new ClassificationChanged(Classification.Red), ReportPhase.Today,
            new Actor("Alex Morgan", ActorRole.Secas, "SECAS"));

        using var anonymous = web.Client();
        using var eon = web.Client();
        await WebSession.SignInAsync(eon, "eon");
        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");

        (await anonymous.GetAsync("/modifications/MP105/dcc-comparison")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await eon.GetAsync("/modifications/MP105/dcc-comparison")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await analyst.GetStringAsync("/modifications/MP105/dcc-comparison")).ShouldContain("What MP105 changes in the DCC System");
    }
}
