using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SecChange.Web.Tests;

/// <summary>
/// Taking part online in headless Chromium: E.ON answers MP105's Modification Report Consultation, then the five
/// Change Board members cast their positions until the ballot is quorate and leads to a decision.
/// </summary>
public sealed class ParticipationBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private static readonly (string UserName, string Position, string Rationale)[] Board =
    [
        ("paul.saker", "Approve", "Suspended devices can be recovered remotely"),
        ("julie.geary", "Approve", "Avoids site visits"),
        ("gemma.slaney", "Reject", "The DCC cost is not yet known"),
        ("daniel.davies", "Approve", "Better facilitates objective (a)"),
        ("peter.hoare", "Abstain", "No view for meter manufacturers"),
    ];

    [SkippableFact]
    public async Task PartyResponse_ThenBoardBallots_ReachTheDecision()
    {
        BrowserFixture.Require();
        await ReportPhase.OpenReportConsultationAsync(web, "MP105", ReportPhase.Today.PlusDays(10));

        var eon = await web.PageAsync("eon");
        await eon.GotoAsync("/consultations");
        await eon.GetByRole(AriaRole.Link, new() { Name = "Modification Report Consultation" }).ClickAsync();
        await eon.GetByRole(AriaRole.Link, new() { Name = "Respond to this consultation" }).ClickAsync();
        await BrowserTests.AssertAccessibleAsync(eon, "consultation-respond", close: false);
        await eon.Locator("#answer-0-Agree").CheckAsync();
        await eon.Locator("#answer-0-text").FillAsync("E.ON supports restoring SMI status remotely");
        await eon.Locator("#answer-1-Neutral").CheckAsync();
        await eon.GetByLabel("Expected costs to your organisation").FillAsync("Negligible");
        await eon.GetByRole(AriaRole.Button, new() { Name = "Send response" }).ClickAsync();
        await eon.ShouldReachAsync(new Regex("/consultations/modification-report"));
        (await eon.Locator("#responses ~ .govuk-summary-card").InnerTextAsync()).ShouldContain("E.ON");
        (await eon.Locator("main").InnerTextAsync()).ShouldContain("The one respondent agreed.");
        await eon.Context.CloseAsync();

        await ReportPhase.CloseReportConsultationAsync(web, "MP105");
        foreach (var (userName, position, rationale) in Board)
        {
            var member = await web.PageAsync(userName);
            await member.GotoAsync("/dashboard");
            await member.GetByRole(AriaRole.Link, new() { Name = "MP105" }).ClickAsync();
            await member.GetByLabel(position, new() { Exact = true }).CheckAsync();
            await member.GetByLabel("Rationale").FillAsync(rationale);
            await member.GetByLabel("Objective (a)").CheckAsync();
            await member.GetByRole(AriaRole.Button, new() { Name = "Cast your position" }).ClickAsync();
            (await member.Locator(".govuk-notification-banner").InnerTextAsync()).ShouldContain("Your position has been recorded.");
            await member.Context.CloseAsync();
        }

        var visitor = await web.PageAsync();
        await visitor.GotoAsync("/modifications/MP105/ballot");
        var tally = await visitor.Locator("#tally").InnerTextAsync();
        tally.ShouldContain("Met: 5 votes cast, 5 needed");
        // Large Suppliers 2/2, Electricity Network Parties 0/1, Other SEC Parties 1/1 (one abstention): average 66.7%.
        tally.ShouldContain("66.7%");
        (await visitor.Locator("#decision").InnerTextAsync()).ShouldContain("leads to a decision to approve MP105");
        (await visitor.Locator("main").InnerTextAsync()).ShouldContain("The DCC cost is not yet known");
        (await visitor.Locator("#not-voted").CountAsync()).ShouldBe(0);
        await visitor.Context.CloseAsync();
    }
}
