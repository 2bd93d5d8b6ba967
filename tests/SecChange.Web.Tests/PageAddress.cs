using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SecChange.Web.Tests;

/// <summary>
/// Waits for a page's address, and only its address. Playwright's WaitForURL, when the address already matches,
/// waits for the page's load event as well, and on a loaded machine that wait was seen to outlast its bound;
/// the assertion below polls the address alone. What a test reads next waits for its own element.
/// </summary>
public static class PageAddress
{
    public static Task ShouldReachAsync(this IPage page, Regex address, float timeoutMilliseconds = 90_000) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = timeoutMilliseconds });
}
