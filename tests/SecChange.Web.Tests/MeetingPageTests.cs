using System.Net;
using NodaTime;
using SecChange.Application.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>The meetings calendar, a meeting's minutes (the sample CSC 11 and WG 1) and the action log.</summary>
public sealed class MeetingPageTests(MeetingPageTests.Fixture web) : IClassFixture<MeetingPageTests.Fixture>
{
    public sealed class Fixture : WebAppFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var meetings = Service<MeetingService>();
            var secas = new Actor("Alex Morgan", ActorRole.Secas, "SECAS");
            // An AMBER meeting next year, and an action from WG 1 that fell due before today (1 December 2026).
            await meetings.CreateAsync("CSC", 12, new LocalDate(2027, 1, 26), null, null, "Teleconference", Classification.Amber, secas);
            await meetings.RaiseActionAsync("WG 1", null, "E.ON", "E.ON to share its firmware roll-out plan", new LocalDate(2026, 11, 20), [], secas);
        }
    }

    [Fact]
    public async Task Calendar_ListsPastMeetingsByMonth_AndHidesAnAmberMeetingFromTheAnonymous()
    {
        using var anonymous = web.Client();
        var html = await anonymous.GetStringAsync("/meetings");

        html.ShouldContain("January 2020");
        html.ShouldContain("href=\"/meetings/CSC11\"");
        html.ShouldContain("December 2021");
        html.ShouldNotContain("CSC 12");
        (await anonymous.GetAsync("/meetings/CSC12")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");
        var secas = await analyst.GetStringAsync("/meetings");
        secas[secas.IndexOf("Upcoming meetings", StringComparison.Ordinal)..secas.IndexOf("Past meetings", StringComparison.Ordinal)].ShouldContain("CSC 12");
    }

    [Fact]
    public async Task Meeting_CSC11_ShowsAgendaDecisionsAndActions()
    {
        using var anonymous = web.Client();
        var html = await anonymous.GetStringAsync("/meetings/CSC11");

        html.ShouldContain("28 January 2020");
        html.ShouldContain("Draft Proposal Report");
        html.ShouldContain("AGREED");
        html.ShouldContain("CSC 10/01");
        html.ShouldContain("CSC 11/02");
        html.ShouldContain("Gemserv, 8 Fenchurch Place");
    }

    [Fact]
    public async Task Meeting_WhenTheIdIsNotAMeeting_IsNotFound()
    {
        using var anonymous = web.Client();
        (await anonymous.GetAsync("/meetings/CSC99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/meetings/%3Cscript%3E")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ActionLog_SeparatesOverdueAndCarriedForwardActions()
    {
        using var anonymous = web.Client();
        var html = await anonymous.GetStringAsync("/actions");

        var overdue = html[html.IndexOf("id=\"overdue\"", StringComparison.Ordinal)..html.IndexOf("id=\"carried-forward\"", StringComparison.Ordinal)];
        overdue.ShouldContain("WG 1/03");
        overdue.ShouldContain("20 November 2026");
        var carried = html[html.IndexOf("id=\"carried-forward\"", StringComparison.Ordinal)..html.IndexOf("id=\"open\"", StringComparison.Ordinal)];
        carried.ShouldContain("CSC 10/01");
        carried.ShouldNotContain("CSC 11/01");
    }
}
