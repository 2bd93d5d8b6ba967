using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SecChange.Web.Tests;

/// <summary>The site in headless Chromium: signing in as each role, filtering the register, and accessibility.</summary>
public sealed class BrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> DemoAccounts => new()
    {
        { "admin", "Sam Taylor, SECAS administrator" },
        { "analyst", "Alex Morgan, SECAS analyst" },
        { "panel", "Priya Shah, Panel member" },
        { "csc", "Chris Evans, Change Sub-Committee member" },
        { "paul.saker", "Paul Saker, Change Board member" },
        { "eon", "Jo Bennett, Party representative" },
        { "dcc", "Dana Clarke, DCC" },
        { "ofgem", "Olu Adeyemi, Authority (Ofgem)" },
    };

    [SkippableTheory]
    [MemberData(nameof(DemoAccounts))]
    public async Task SignIn_AsEachRole_ShowsWhoIsSignedIn(string userName, string shown)
    {
        BrowserFixture.Require();
        var page = await web.PageAsync(userName);

        (await page.Locator(".govuk-service-navigation").InnerTextAsync()).ShouldContain(shown);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        (await page.Locator(".govuk-service-navigation").InnerTextAsync()).ShouldContain("Sign in");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Register_FilteredInTheBrowser_KeepsTheFilterInAShareableUrl()
    {
        BrowserFixture.Require();
        var page = await web.PageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Stage").SelectOptionAsync("Closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.ShouldReachAsync(new Regex("stage=Closed"));

        (await page.Locator("#result-count").InnerTextAsync()).ShouldBe("2 modifications");
        var shared = await web.PageAsync();
        await shared.GotoAsync(page.Url);
        (await shared.Locator("#register tbody tr").CountAsync()).ShouldBe(2);
        await page.Context.CloseAsync();
        await shared.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/", "register")]
    [InlineData("/?stage=Refine&as-at=2020-07-31", "register-as-at")]
    [InlineData("/modifications/MP105", "modification")]
    [InlineData("/sign-in", "sign-in")]
    [InlineData("/modifications/MP999", "not-found")]
    [InlineData("/modifications/MP105/ballot", "ballot")]
    [InlineData("/consultations", "consultations")]
    [InlineData("/modifications/MP105/consultations/refinement", "consultation")]
    [InlineData("/meetings", "meetings")]
    [InlineData("/meetings/CSC11", "meeting")]
    [InlineData("/actions", "actions")]
    [InlineData("/releases", "releases")]
    [InlineData("/releases/2020-11", "release")]
    [InlineData("/reports/status?as-at=2020-07-31", "status-report")]
    public async Task MainPage_HasNoSeriousOrCriticalAccessibilityViolation(string path, string name)
    {
        BrowserFixture.Require();
        var page = await web.PageAsync();
        await page.GotoAsync(path);
        await AssertAccessibleAsync(page, name);
    }

    [SkippableTheory]
    [InlineData("analyst", "/dashboard", "dashboard-secas")]
    [InlineData("eon", "/dashboard", "dashboard-party")]
    [InlineData("paul.saker", "/modifications/MP105/ballot", "ballot-form")]
    [InlineData("admin", "/admin/audit", "audit")]
    [InlineData("admin", "/admin/accounts", "accounts")]
    [InlineData("analyst", "/modifications/MP105/report-text", "report-text")]
    public async Task SignedInPage_HasNoSeriousOrCriticalAccessibilityViolation(string userName, string path, string name)
    {
        BrowserFixture.Require();
        var page = await web.PageAsync(userName);
        await page.GotoAsync(path);
        await AssertAccessibleAsync(page, name);
    }

    public static async Task AssertAccessibleAsync(IPage page, string name, bool close = true)
    {

        await Screenshots.SaveAsync(page, name);
        var result = await page.RunAxe();

        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")
            .ShouldBeEmpty();
        if (close) await page.Context.CloseAsync();
    }
}
