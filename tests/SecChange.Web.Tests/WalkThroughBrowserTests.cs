using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NodaTime;

namespace SecChange.Web.Tests;

/// <summary>
/// One Draft Proposal walked from raising to implementation in the browser, each step by the role that takes it
/// in the SEC (as MP139 went: CSC outcome, conversion, a Preliminary Assessment, consultations, the Modification
/// Report, the Change Board's ballot and vote, the release), then seen on the public register as Implemented.
/// </summary>
public sealed partial class WalkThroughBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Release = "2026-11";

    [SkippableFact]
    public async Task DraftProposal_WalkedThroughEveryStepInTheBrowser_IsImplementedOnThePublicRegister()
    {
        BrowserFixture.Require();

        // The SECAS administrator defines the November 2026 release the change will go into.
        var admin = await web.PageAsync("admin");
        await admin.GotoAsync("/releases/new");
        await admin.GetByLabel("Release id").FillAsync(Release);
        await admin.GetByLabel("Name").FillAsync("November 2026 SEC Release");
        await FillDateAsync(admin, "Date", new LocalDate(2026, 11, 26));
        await admin.Locator("input[name=Kind][value=Scheduled]").CheckAsync();
        await admin.GetByLabel("Carries DCC System changes").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Define the release" }).ClickAsync();
        await admin.ShouldReachAsync(new Regex($"/releases/{Release}$"));

        // E.ON's representative raises the Draft Proposal; an empty form first shows what is missing.
        var eon = await web.PageAsync("eon");
        await eon.GetByRole(AriaRole.Link, new() { Name = "Raise a proposal" }).ClickAsync();
        await Screenshots.SaveAsync(eon, "raise-proposal");
        await ShouldBeAccessibleAsync(eon);
        await eon.GetByLabel("Title").FillAsync("");
        await eon.GetByRole(AriaRole.Button, new() { Name = "Raise the Draft Proposal" }).ClickAsync();
        (await eon.Locator(".govuk-error-summary").InnerTextAsync()).ShouldContain("Enter a title");
        await eon.GetByLabel("Title").FillAsync("Read firmware versions on Suspended Devices");
        await eon.GetByLabel("Problem statement").FillAsync("A Suspended Device cannot report its firmware version, so Suppliers cannot plan its upgrade.");
        await eon.GetByLabel("Solution (optional)").FillAsync("Allow the firmware version read on a Suspended Device.");
        await FillDateAsync(eon, "On", new LocalDate(2026, 6, 1));
        await eon.GetByRole(AriaRole.Button, new() { Name = "Raise the Draft Proposal" }).ClickAsync();
        await eon.ShouldReachAsync(new Regex("/modifications/DP[0-9]+$"));
        var reference = eon.Url.Split('/')[^1];
        (await eon.Locator("#summary").InnerTextAsync()).ShouldContain("Jo Bennett (E.ON)");

        // The Change Sub-Committee finds it ready to convert, for the Refinement Process.
        reference = await StepAsync("csc", reference, "Record the Change Sub-Committee's outcome", new(2026, 6, 23), async p =>
        {
            await p.Locator("input[name=Outcome][value=ReadyToConvert]").CheckAsync();
            await p.Locator("input[name=Route][value=RefinementProcess]").CheckAsync();
            await p.GetByLabel("The meeting (optional)").FillAsync("CSC 40");
        });

        // The Panel converts it (Path 3, Self-Governance); a form sent empty lists what is missing.
        reference = await StepAsync("panel", reference, "The Panel converts the Draft Proposal", new(2026, 7, 17), async p =>
        {
            await p.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            (await p.Locator(".govuk-error-summary").InnerTextAsync()).ShouldContain("Select the Path");
            await Screenshots.SaveAsync(p, "step-form-errors");
            await ShouldBeAccessibleAsync(p);
            await p.Locator("input[name=Path][value=SelfGovernance]").CheckAsync();
            await p.Locator("input[name=Route][value=RefinementProcess]").CheckAsync();
        });
        reference.ShouldStartWith("MP");

        // A Preliminary Assessment: SECAS requests it, the DCC accepts and returns it.
        await StepAsync("analyst", reference, "Request a DCC Preliminary or Impact Assessment", new(2026, 7, 20),
            p => p.Locator("input[name=Kind][value=Preliminary]").CheckAsync());
        await StepAsync("dcc", reference, "Record the DCC's acceptance of an assessment request", new(2026, 7, 20), _ => Task.CompletedTask);
        await StepAsync("dcc", reference, "Record the DCC's return of an assessment", new(2026, 8, 10), _ => Task.CompletedTask);

        // The Refinement Consultation, then the Report Phase and the Modification Report.
        await StepAsync("analyst", reference, "Open a Refinement or Modification Report Consultation", new(2026, 8, 14), async p =>
        {
            await p.Locator("input[name=Kind][value=Refinement]").CheckAsync();
            await FillDateAsync(p, "Closes", new LocalDate(2026, 9, 4));
            await p.GetByLabel("Questions Parties are asked (optional)").FillAsync("Do you agree with the proposed solution?");
        });
        await StepAsync("analyst", reference, "Close an open consultation", new(2026, 9, 4), _ => Task.CompletedTask);
        await StepAsync("panel", reference, "The Panel moves the proposal between", new(2026, 9, 16),
            p => p.Locator("input[name=To][value=ReportPhase]").CheckAsync());
        await StepAsync("csc", reference, "The CSC approves the Modification Report", new(2026, 9, 22), _ => Task.CompletedTask);
        await StepAsync("analyst", reference, "Open a Refinement or Modification Report Consultation", new(2026, 9, 23), async p =>
        {
            await p.Locator("input[name=Kind][value=ModificationReport]").CheckAsync();
            await FillDateAsync(p, "Closes", new LocalDate(2026, 10, 14));
        });
        await StepAsync("analyst", reference, "Close an open consultation", new(2026, 10, 14), _ => Task.CompletedTask);

        // The five Change Board members vote; SECAS records the decision the ballot implies and approves the release.
        foreach (var member in new[] { "paul.saker", "julie.geary", "gemma.slaney", "daniel.davies", "peter.hoare" })
        {
            await StepAsync(member, reference, "Record a Change Board member's vote", new(2026, 10, 21), async p =>
            {
                await p.Locator("input[name=Position][value=Approve]").CheckAsync();
                await p.GetByLabel("SEC Objectives relied on (optional)").FillAsync("a, d");
            });
        }

        await StepAsync("analyst", reference, "Record the Change Board's vote", new(2026, 10, 21),
            p => p.GetByLabel("On approval, also approve it for this SEC Release (optional)").SelectOptionAsync(Release));
        await StepAsync("admin", reference, "Record implementation in a SEC Release", new(2026, 11, 26), _ => Task.CompletedTask);

        // Anyone can see it on the public register, implemented.
        var visitor = await web.PageAsync();
        await visitor.GotoAsync("/?state=Implemented");
        (await visitor.Locator("#register tbody tr", new() { HasText = reference }).InnerTextAsync()).ShouldContain("Implemented");
        await visitor.GotoAsync($"/modifications/{reference}");
        (await visitor.Locator("#summary").InnerTextAsync()).ShouldContain("November 2026 SEC Release: Implemented");
        foreach (var p in new[] { admin, eon, visitor }) await p.Context.CloseAsync();
    }

    /// <summary>Signs in as <paramref name="userName"/>, follows the step's link from the modification page, fills and saves its form.</summary>
    private async Task<string> StepAsync(string userName, string reference, string link, LocalDate on, Func<IPage, Task> fill)
    {
        var page = await web.PageAsync(userName);
        await page.GotoAsync($"/modifications/{reference}");
        await page.Locator("#next-steps + ul").GetByRole(AriaRole.Link, new() { Name = link }).First.ClickAsync();
        await fill(page);
        await FillDateAsync(page, "On", on);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        try
        {
            await page.ShouldReachAsync(RecordPage(), 15_000);
        }
        catch (PlaywrightException)
        {
            throw new ShouldAssertException($"{link} on {reference} was not taken: {await page.Locator("main").InnerTextAsync()}");
        }

        var after = page.Url.Split('/')[^1];
        await page.Context.CloseAsync();
        return after;
    }

    private static async Task ShouldBeAccessibleAsync(IPage page) =>
        (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty();

    [GeneratedRegex("/modifications/[A-Z]+[0-9]+[A-Z]?$")]
    private static partial Regex RecordPage();

    private static async Task FillDateAsync(IPage page, string name, LocalDate date)
    {
        await page.Locator($"#{name}").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{name}-month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{name}-year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
