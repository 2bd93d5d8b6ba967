using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SecChange.Application.Accounts;

namespace SecChange.Web.Tests;

/// <summary>
/// A RED record on every way out: to an outsider it is not in the API (one, list, events, snapshot), the
/// downloads, the feeds or the calendar, and guessing its reference looks like guessing a missing one; SECAS sees it everywhere.
/// </summary>
public sealed class ClassificationEverywhereTests(WebAppFixture web) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    // MP124 has referral and appeal windows (calendar); MP105 the sample register's consultation (consultations feed).
    private const string Red = "MP124";
    private const string RedWithConsultation = "MP105";

    public async Task InitializeAsync()
    {
        // SECAS relabels both RED (their Proposers are not the DCC): from now on only SECAS and the Proposer may see them.
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Write);
        foreach (var reference in new[] { Red, RedWithConsultation })
        {
            // xunit makes this class once per test; the fixture's register keeps the label from the first.
            var now = JsonDocument.Parse(await secas.GetStringAsync($"/api/v1/modifications/{reference}")).RootElement.GetProperty("classification").GetString();
            if (now == "Red") continue;
            var classified = await secas.PostAsJsonAsync($"/api/v1/modifications/{reference}/steps/classify", new { to = "Red", reason = "Security detail" });
            classified.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> Paths => new()
    {
        { "/api/v1/modifications?limit=1000", Red },
        { "/api/v1/modifications?q=mp124", Red },
        { "/api/v1/register.json", Red },
        { "/register.csv", Red },
        { "/register.xlsx?sort=Newest", Red },
        { "/feeds/register.atom", Red },
        { "/feeds/consultations.atom", RedWithConsultation },
        { "/calendar.ics", Red },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task RedRecord_ForAnOutsider_IsOnNoListingDownloadOrFeed_ButSecasSeesIt(string path, string red)
    {
        using var outsider = await ApiKeys.ClientAsync(web, "dcc", ApiScopes.Read);
        using var anonymous = web.Client();
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Read);

        (await TextAsync(outsider, path)).ShouldNotContain(red);
        (await TextAsync(anonymous, path)).ShouldNotContain(red);
        (await TextAsync(secas, path)).ShouldContain(red);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/events")]
    [InlineData("/assessments")]
    [InlineData("/ballot")]
    [InlineData("/consultations")]
    public async Task RedRecord_WhenGuessedThroughTheApi_IsTheSameProblemAsAMissingOne(string part)
    {
        using var outsider = await ApiKeys.ClientAsync(web, "dcc", ApiScopes.Read);
        var guessed = await outsider.GetAsync($"/api/v1/modifications/{Red}{part}");
        var missing = await outsider.GetAsync($"/api/v1/modifications/DP9999{part}");

        guessed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Detail(await guessed.Content.ReadAsStringAsync()).Replace(Red, "X").ShouldBe(Detail(await missing.Content.ReadAsStringAsync()).Replace("DP9999", "X"));
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Read);
        (await secas.GetAsync($"/api/v1/modifications/{Red}{part}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RedRecord_ItsOwnFeed_IsNotFoundForAnOutsider()
    {
        using var anonymous = web.Client();
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Read);

        (await anonymous.GetAsync($"/feeds/modifications/{Red}.atom")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await secas.GetStringAsync($"/feeds/modifications/{Red}.atom")).ShouldContain("Consequential changes to DUIS");
    }

    private static async Task<string> TextAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return path.Contains(".xlsx") ? Workbook.Text(await response.Content.ReadAsByteArrayAsync()) : await response.Content.ReadAsStringAsync();
    }

    private static string Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;
}
