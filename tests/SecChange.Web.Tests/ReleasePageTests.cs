using System.Net;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>The SEC Releases of the sample register, each with its scope and the modifications in it.</summary>
public sealed class ReleasePageTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Releases_ListEachWithDateScopeAndProgress()
    {
        using var anonymous = web.Client();
        var html = await anonymous.GetStringAsync("/releases");

        html.ShouldContain("Standalone SEC Release (23 July 2020)");
        html.ShouldContain("Document changes only");
        html.ShouldContain("November 2020 SEC Release");
        html.ShouldContain("DCC System and DUIS changes");
        html.ShouldContain("Delivered");
    }

    [Fact]
    public async Task Release_November2020_ListsEachModificationAndPartWithItsStatus()
    {
        using var anonymous = web.Client();
        var html = await anonymous.GetStringAsync("/releases/2020-11");

        html.ShouldContain("29 November 2020");
        html.ShouldContain(">MP103<");
        html.ShouldContain(">SECMP0062<");
        html.ShouldContain("Part 2");
        html.ShouldContain("Approved");
        (await anonymous.GetAsync("/releases/2099-01")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Release_WhenAModificationInItIsRed_ListsItOnlyToThoseWhoMaySeeIt()
    {
        await web.Service<ModificationService>().TakeStepAsync("MP080", new ClassificationChanged(Classification.Red), ReportPhase.Today,
            new Actor("Alex Morgan", ActorRole.Secas, "SECAS"));

        using var anonymous = web.Client();
        (await anonymous.GetStringAsync("/releases/2020-11")).ShouldNotContain("MP080");
        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");
        (await analyst.GetStringAsync("/releases/2020-11")).ShouldContain(">MP080<");
    }

    [Fact]
    public async Task DefineRelease_WithItsScopeBaselines_ShowsThemAndRefusesABaselineAfterTheRelease()
    {
        using var admin = web.Client();
        await WebSession.SignInAsync(admin, "admin");
        (string, string)[] Form(string id, int baselineMonth) =>
        [
            ("Id", id), ("Name", "February 2027 SEC Release"), ("Date.Day", "25"), ("Date.Month", "2"), ("Date.Year", "2027"), ("Kind", "Scheduled"),
            ("Dcc", "true"), ("DccScopeBaselinedOn.Day", "15"), ("DccScopeBaselinedOn.Month", baselineMonth.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("DccScopeBaselinedOn.Year", "2027"),
        ];

        var refused = await WebForms.PostAsync(admin, "/releases/new", Form("2027-02", 3));
        (await refused.Content.ReadAsStringAsync()).ShouldContain("scope is baselined before its date");
        var defined = await WebForms.PostAsync(admin, "/releases/new", Form("2027-02", 1));
        defined.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        defined.Headers.Location!.OriginalString.ShouldBe("/releases/2027-02");

        var shown = await admin.GetStringAsync("/releases/2027-02");
        shown.ShouldContain("15 January 2027");
    }
}
