using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SecChange.Web.Tests;

/// <summary>The site plus Debian's Chromium, headless, driven by Playwright (no browser download: the system one is used).</summary>
public sealed class BrowserFixture : WebAppFixture
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static bool Available => File.Exists(Chromium);

    /// <summary>Call first in each browser test: skipped locally without Chromium, failed in CI.</summary>
    public static void Require() =>
        Prerequisite.Require(Available, $"Chromium at {Chromium} (Debian: apt-get install chromium) for the browser tests");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!Available) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    public override async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await base.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies) on a page of the site, signed in when a user name is given.</summary>
    public async Task<IPage> PageAsync(string? userName = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // A bound on each wait, not a pause: generous, because a loaded 2-core machine can take seconds to start a page.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        if (userName is not null)
        {
            await page.GotoAsync("/sign-in");
            await page.GetByLabel("User name").FillAsync(userName);
            await page.GetByLabel("Password").FillAsync(WebSession.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            // Only the address matters here; the dashboard's own loading is checked by the tests that use it.
            await page.ShouldReachAsync(new Regex("/dashboard$"));
        }

        return page;
    }
}
