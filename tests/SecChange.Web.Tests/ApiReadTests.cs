using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SecChange.Application.Accounts;

namespace SecChange.Web.Tests;

/// <summary>The read API over HTTP: cursor paging through the whole register, ETags, and the OpenAPI document.</summary>
public sealed class ApiReadTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task ListModifications_WhenWalkedByCursorSevenAtATime_GivesEveryVisibleRowOnceInOrder()
    {
        using var client = web.Client();
        var whole = await ReferencesAsync(client, "/api/v1/modifications?sort=oldest&limit=1000");
        var walked = new List<string>();
        string? next = "/api/v1/modifications?sort=oldest&limit=7";
        var pages = 0;
        while (next is not null)
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync(next));
            walked.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!));
            page.RootElement.GetProperty("total").GetInt32().ShouldBe(whole.Count);
            next = page.RootElement.TryGetProperty("next", out var link) ? link.GetString() : null;
            pages++;
        }

        whole.Count.ShouldBeGreaterThan(40); // the sample register, not a stub
        walked.ShouldBe(whole);
        pages.ShouldBe((whole.Count + 6) / 7);
    }

    [Fact]
    public async Task ListModifications_WhenFilteredByStage_KeepsTheFilterInTheNextLink()
    {
        using var client = web.Client();
        using var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/modifications?stage=refine&limit=1"));
        page.RootElement.GetProperty("items")[0].GetProperty("stage").GetString().ShouldBe("Refine");
        page.RootElement.GetProperty("next").GetString()!.ShouldContain("stage=refine");
    }

    [Fact]
    public async Task ListModifications_WhenSecasAsks_ListsTheGreenRecordAnonymousVisitorsDoNotSee()
    {
        using var anonymous = web.Client();
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Read);

        (await ReferencesAsync(anonymous, "/api/v1/modifications?limit=1000")).ShouldNotContain("DP104");
        (await ReferencesAsync(secas, "/api/v1/modifications?limit=1000")).ShouldContain("DP104");
    }

    [Fact]
    public async Task GetModification_WhenIfNoneMatchNamesItsETag_Gives304WithNoBody()
    {
        using var client = web.Client();
        var first = await client.GetAsync("/api/v1/modifications/MP105");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tag = first.Headers.ETag.ShouldNotBeNull();
        tag.IsWeak.ShouldBeFalse();

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/modifications/MP105");
        again.Headers.IfNoneMatch.Add(tag);
        var second = await client.SendAsync(again);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task GetModification_WhenTheViewerSeesMore_HasAnotherETag()
    {
        using var anonymous = web.Client();
        using var secas = await ApiKeys.ClientAsync(web, "analyst", ApiScopes.Read);

        var forAnonymous = (await anonymous.GetAsync("/api/v1/register.json")).Headers.ETag!.Tag;
        var forSecas = (await secas.GetAsync("/api/v1/register.json")).Headers.ETag!.Tag;

        forSecas.ShouldNotBe(forAnonymous);
    }

    [Fact]
    public async Task GetModification_GivesStableEnumNamesAndIsoDates()
    {
        using var client = web.Client();
        using var mp105 = JsonDocument.Parse(await client.GetStringAsync("/api/v1/modifications/MP105"));
        var root = mp105.RootElement;

        root.GetProperty("reference").GetString().ShouldBe("MP105");
        root.GetProperty("stage").ValueKind.ShouldBe(JsonValueKind.String);
        root.GetProperty("firstKnownOn").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
        using var events = JsonDocument.Parse(await client.GetStringAsync("/api/v1/modifications/MP105/events"));
        events.RootElement.GetArrayLength().ShouldBe(root.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApiEndpoints()
    {
        using var client = web.Client();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        paths.ShouldContain("/api/v1/modifications");
        paths.ShouldContain("/api/v1/modifications/{reference}");
        paths.ShouldContain("/api/v1/modifications/{reference}/events");
        paths.ShouldContain("/api/v1/modifications/{reference}/ballot");
        paths.ShouldContain("/api/v1/meetings/{id}");
        paths.ShouldContain("/api/v1/register.json");
        paths.ShouldContain("/api/v1/modifications/{reference}/steps/withdraw");
        document.RootElement.GetProperty("paths").GetProperty("/api/v1/modifications").TryGetProperty("post", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task ApiReference_IsServedWithItsScriptFromTheSiteAndANoncePolicy()
    {
        using var client = web.Client(followRedirects: true);
        var page = await client.GetAsync("/api");
        var html = await page.Content.ReadAsStringAsync();

        html.ShouldContain("scalar.js");
        html.ShouldNotContain("cdn.jsdelivr.net");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("'nonce-");
        policy.ShouldContain("script-src 'self' 'nonce-");
        (await client.GetAsync("/api/scalar.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The rest of the site keeps the strict policy.
        (await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
    }

    private static async Task<List<string>> ReferencesAsync(HttpClient client, string url)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync(url));
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!)];
    }

    [Theory]
    [InlineData("/api/v1/modifications/MP105")]
    [InlineData("/api/v1/modifications?stage=refine")]
    [InlineData("/feeds/register.atom")]
    [InlineData("/calendar.ics")]
    [InlineData("/register.csv")]
    public async Task Head_OnAnythingThatAnswersGet_GivesTheHeadersWithoutTheBody(string path)
    {
        using var client = web.Client();
        var get = await client.GetAsync(path);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentType.ShouldBe(get.Content.Headers.ContentType);
        head.Headers.ETag.ShouldBe(get.Headers.ETag);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Head_OnAWriteOnlyAddress_IsNotAllowed()
    {
        using var client = web.Client();

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/modifications/MP105/steps/withdraw"));

        head.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
