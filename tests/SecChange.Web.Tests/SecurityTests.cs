using System.Net;
using SecChange.Application.Queries;
using SecChange.Web.Hosting;

namespace SecChange.Web.Tests;

/// <summary>Sign-in, throttling, anti-forgery, headers and sizes: each measure checked on the running site.</summary>
public sealed class SecurityTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task SignIn_WithTheDemoPassword_SignsInAsTheAccountsRole()
    {
        using var client = web.Client();
        var response = await WebSession.SignInAsync(client, "julie.geary");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/")).ShouldContain("Julie Geary, Change Board member");
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoWithoutNamingWhichPartIsWrong()
    {
        using var client = web.Client();
        var wrongPassword = await (await WebSession.SignInAsync(client, "csc", "not-the-password")).Content.ReadAsStringAsync();
        var unknownUser = await (await WebSession.SignInAsync(client, "nobody-here", "not-the-password")).Content.ReadAsStringAsync();

        wrongPassword.ShouldContain("The user name or password is not right");
        unknownUser.ShouldContain("The user name or password is not right");
        wrongPassword.ShouldContain("govuk-error-summary");
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne_AndAuditsTheClient()
    {
        using var client = web.Client();
        for (var i = 0; i < 5; i++)
        {
            await WebSession.SignInAsync(client, "ofgem", "wrong-password-" + i);
        }

        var right = await WebSession.SignInAsync(client, "ofgem");

        (await right.Content.ReadAsStringAsync()).ShouldContain("this account is locked for 15 minutes");
        var audit = await web.Service<RegisterQueries>().AuditTrailAsync("account ofgem");
        audit.ShouldContain(e => e.Command == "account.lock" && e.Client == "127.0.0.1");
    }

    [Fact]
    public async Task SignInForm_IsNeverReusedFromThePageCache_SoEveryVisitorsTokenIsTheirOwn()
    {
        using var first = web.Client();
        await first.GetStringAsync("/sign-in");
        await first.GetStringAsync("/sign-in"); // no cookie set this time: a cacheable-looking response
        using var second = web.Client();
        await second.GetStringAsync("/sign-in");

        var response = await WebSession.SignInAsync(second, "csc");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Post_WithAForgedAntiforgeryToken_IsRefused()
    {
        using var client = web.Client();
        await client.GetStringAsync("/sign-in");
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = WebSession.DemoPassword,
            ["__RequestVerificationToken"] = "CfDJ8forged",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Exception");
    }

    [Fact]
    public async Task EveryPage_CarriesTheSecurityHeaders()
    {
        using var client = web.Client();
        foreach (var path in new[] { "/", "/modifications/MP105", "/sign-in", "/modifications/NOPE" })
        {
            var response = await client.GetAsync(path);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
            response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        }
    }

    [Fact]
    public async Task Body_LargerThanTheLimit_IsRefusedBeforeItIsRead()
    {
        using var client = web.Client();
        var token = await WebSession.AntiforgeryTokenAsync(client, "/sign-in");
        var huge = new string('x', (int)WebLimits.MaxRequestBytes + 1);
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = huge,
            ["Password"] = "x",
            ["__RequestVerificationToken"] = token,
        }));

        ((int)response.StatusCode).ShouldBeOneOf(400, 413);
    }

    [Fact]
    public async Task SignOut_IsAFormPost_AndEndsTheSession()
    {
        using var client = web.Client();
        await WebSession.SignInAsync(client, "panel");
        var token = await WebSession.AntiforgeryTokenAsync(client, "/");

        await client.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        (await client.GetStringAsync("/")).ShouldContain("Sign in");
    }
}
