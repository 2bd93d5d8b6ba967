using System.Net;
using System.Net.Http.Json;
using SecChange.Application.Accounts;

namespace SecChange.Web.Tests;

/// <summary>
/// A WHITE meeting that discussed a RED modification: to an outsider the meeting shows, but not the
/// modification, the outcomes about it or the action raised on it; SECAS sees the minutes whole.
/// </summary>
public sealed class MeetingClassificationTests(WebAppFixture web) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    // DP110 was discussed at CSC 11 (item 3) and action CSC 11/02 was raised on it.
    private const string Red = "MP110";

    public async Task InitializeAsync()
    {
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Write);
        var now = await secas.GetStringAsync($"/api/v1/modifications/{Red}");
        if (now.Contains("\"classification\":\"Red\"", StringComparison.Ordinal)) return;
        var classified = await secas.PostAsJsonAsync($"/api/v1/modifications/{Red}/steps/classify", new { to = "Red", reason = "Security detail" });
        classified.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/v1/meetings/CSC11")]
    [InlineData("/api/v1/actions")]
    [InlineData("/api/v1/register.json")]
    public async Task MeetingAboutARedModification_ThroughTheApi_NamesItOnlyToSecas(string path)
    {
        using var outsider = await ApiKeys.ClientAsync(web, "dcc", ApiScopes.Read);
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Read);

        var seen = await outsider.GetStringAsync(path);
        seen.ShouldNotContain("DP110");
        seen.ShouldNotContain("MP110");
        seen.ShouldNotContain("CSC 11/02");
        seen.ShouldContain("DP098");
        (await secas.GetStringAsync(path)).ShouldContain("DP110");
    }

    [Theory]
    [InlineData("/meetings/CSC11")]
    [InlineData("/actions")]
    public async Task MeetingAboutARedModification_OnItsPages_NamesItToNoVisitor(string path)
    {
        using var anonymous = web.Client();

        var page = await anonymous.GetStringAsync(path);
        page.ShouldNotContain("DP110");
        page.ShouldNotContain("justification for amending the SEC");
        page.ShouldContain("DP098");
    }

    [Fact]
    public async Task MeetingList_ForAnOutsider_StillCountsTheItemsWithVisibleModifications()
    {
        using var anonymous = web.Client();

        var meetings = await anonymous.GetStringAsync("/api/v1/meetings");

        // Item 3 concerns visible Draft Proposals too, so all four items remain.
        meetings.ShouldContain("\"items\":4");
    }
}
