using System.Net;

namespace SecChange.Web.Tests;

/// <summary>The administrator's audit log and accounts pages, closed to everyone else.</summary>
public sealed class AdminPageTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("analyst")]
    [InlineData("eon")]
    [InlineData("paul.saker")]
    public async Task AdminPages_ForAnyoneButTheAdministrator_AreNotFound(string userName)
    {
        using var client = web.Client();
        await WebSession.SignInAsync(client, userName);

        (await client.GetAsync("/admin/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/admin/accounts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AdminPages_WhenAnonymous_AreNotFound()
    {
        using var anonymous = web.Client();
        (await anonymous.GetAsync("/admin/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenAccount_ByTheAdministrator_IsListedAndAuditedWithTheClientAddress()
    {
        using var admin = web.Client();
        await WebSession.SignInAsync(admin, "admin");

        var opened = await WebForms.PostAsync(admin, "/admin/accounts", ("UserName", "npower.rep"), ("DisplayName", "Nia Powell"),
            ("Role", "PartyRepresentative"), ("Organisation", "Npower"), ("Password", "a-long-password-1"));

        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/admin/accounts")).ShouldContain("Nia Powell");
        var audit = await admin.GetStringAsync("/admin/audit?target=account+npower.rep");
        audit.ShouldContain("account.open");
        audit.ShouldContain("Sam Taylor");
        audit.ShouldContain("127.0.0.1");
        audit.ShouldContain("1 entry");
    }

    [Fact]
    public async Task OpenAccount_WithAShortPassword_IsRefusedWithTheMessage()
    {
        using var admin = web.Client();
        await WebSession.SignInAsync(admin, "admin");

        var refused = await WebForms.PostAsync(admin, "/admin/accounts", ("UserName", "short.pw"), ("DisplayName", "Short Password"),
            ("Role", "SecasAnalyst"), ("Password", "short"));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("The password must be at least 10 characters long.");
        (await admin.GetStringAsync("/admin/accounts")).ShouldNotContain("short.pw");
    }
}
