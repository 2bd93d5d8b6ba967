using System.Net;
using System.Text.RegularExpressions;

namespace SecChange.Web.Tests;

/// <summary>The API keys page: a signed-in account creates a key (shown once) that works for the API until it is revoked.</summary>
public sealed partial class ApiKeyPageTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task ApiKeysPage_CreatesAKeyShownOnce_ThatActsAsTheAccountUntilRevoked()
    {
        using var browser = web.Client();
        await WebSession.SignInAsync(browser, "eon");
        var token = await WebSession.AntiforgeryTokenAsync(browser, "/account/api-keys");
        var created = await browser.PostAsync("/account/api-keys?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Dashboard",
            ["Write"] = "true",
            ["__RequestVerificationToken"] = token,
        }));
        var secret = SecretPattern().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;

        secret.ShouldStartWith("sck_");
        (await browser.GetStringAsync("/account/api-keys")).ShouldNotContain(secret);
        using var program = ApiKeys.WithKey(web.Client(), secret);
        (await program.GetAsync("/api/v1/modifications/DP104")).StatusCode.ShouldBe(HttpStatusCode.OK); // GREEN: the key's account is signed in

        var page = await browser.GetStringAsync("/account/api-keys");
        var keyId = RevokePattern().Match(page).Groups[1].Value;
        var revoked = await browser.PostAsync($"/account/api-keys?handler=Revoke&id={keyId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await WebSession.AntiforgeryTokenAsync(browser, "/account/api-keys"),
        }));

        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await program.GetAsync("/api/v1/modifications/MP105")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiKeysPage_WhenPostedWithoutTheAntiforgeryToken_IsRefused()
    {
        using var browser = web.Client();
        await WebSession.SignInAsync(browser, "eon");
        var forged = await browser.PostAsync("/account/api-keys?handler=Create",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Forged", ["Write"] = "true" }));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.GetStringAsync("/account/api-keys")).ShouldNotContain("Forged");
    }

    [Fact]
    public async Task ApiKeysPage_WhenAnonymous_SendsToSignIn()
    {
        using var anonymous = web.Client();
        var response = await anonymous.GetAsync("/account/api-keys");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/sign-in");
    }

    [GeneratedRegex("id=\"api-key-secret\"[^>]*>(sck_[A-Za-z0-9_-]+)<")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("id=([0-9a-f]+)&amp;handler=Revoke")]
    private static partial Regex RevokePattern();
}
