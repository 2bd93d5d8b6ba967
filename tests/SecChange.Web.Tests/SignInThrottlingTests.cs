using System.Net;

namespace SecChange.Web.Tests;

/// <summary>A site allowing three sign-in attempts a minute from one address.</summary>
public sealed class ThrottledWebAppFixture : WebAppFixture
{
    protected internal override int SignInAttemptsPerMinute => 3;
}

public sealed class SignInThrottlingTests(ThrottledWebAppFixture web) : IClassFixture<ThrottledWebAppFixture>
{
    [Fact]
    public async Task SignIn_MoreOftenThanTheLimitFromOneAddress_IsRefusedWith429_WhileTheFormStillShows()
    {
        using var client = web.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await WebSession.SignInAsync(client, "admin", "wrong-password")).StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
