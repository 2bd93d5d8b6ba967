using Microsoft.Playwright;

namespace SecChange.Web.Tests;

/// <summary>
/// Full-page screenshots for docs/screenshots, taken only when SECCHANGE_SCREENSHOTS names a folder
/// (scripts/screenshots.sh sets it); an ordinary test run writes nothing.
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SECCHANGE_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
