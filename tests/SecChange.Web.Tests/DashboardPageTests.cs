using System.Net;
using NodaTime;
using SecChange.Application.Meetings;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>Each role's dashboard over the sample register, with MP105's Modification Report Consultation open (closing in five days).</summary>
public sealed class DashboardPageTests(DashboardPageTests.Fixture web) : IClassFixture<DashboardPageTests.Fixture>
{
    public sealed class Fixture : WebAppFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            // The DCC accepts MP105's Impact Assessment IA1 (requested 21 October 2020, 40 Working Days) the next day, and never returns it.
            await Service<ModificationService>().TakeStepAsync("MP105", new AssessmentAccepted("IA1"), new LocalDate(2020, 10, 22),
                new Actor("Dana Clarke", ActorRole.Dcc, "DCC"));
            await ReportPhase.OpenReportConsultationAsync(this, "MP105", ReportPhase.Today.PlusDays(5));
            // CSC 40 meets a week from today; with papers due five Working Days before, they are due this week.
            await Service<MeetingService>().CreateAsync("CSC", 40, ReportPhase.Today.PlusDays(7), null, null, null, Classification.White,
                new Actor("Alex Morgan", ActorRole.Secas, "SECAS"));
        }
    }

    [Fact]
    public async Task SignIn_TakesTheAccountToItsDashboard()
    {
        using var client = web.Client();
        var signedIn = await WebSession.SignInAsync(client, "analyst");

        signedIn.Headers.Location!.ToString().ShouldBe("/dashboard");
        (await client.GetStringAsync("/dashboard")).ShouldContain("href=\"/dashboard\"");
    }

    [Fact]
    public async Task Dashboard_ForSecas_ShowsAssessmentsPastTargetAndConsultationsClosingThisWeek()
    {
        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");
        var html = await analyst.GetStringAsync("/dashboard");

                var assessments = html[html.IndexOf("id=\"assessments\"", StringComparison.Ordinal)..html.IndexOf("id=\"consultations\"", StringComparison.Ordinal)];
        assessments.ShouldContain("MP105");
        assessments.ShouldContain("IA1");
        assessments.ShouldContain("(late)");
        html[html.IndexOf("id=\"consultations\"", StringComparison.Ordinal)..].ShouldContain("MP105 Modification Report Consultation");
        html[html.IndexOf("id=\"papers\"", StringComparison.Ordinal)..].ShouldContain("CSC 40</a> on 8 December 2026: papers by");
    }

    [Fact]
    public async Task Dashboard_ForTheDcc_ShowsAssessmentsRequestedOfIt()
    {
        using var dcc = web.Client();
        await WebSession.SignInAsync(dcc, "dcc");
        var html = await dcc.GetStringAsync("/dashboard");

        html.ShouldContain("Assessments requested of the DCC");
        html.ShouldContain("IA1");
        html.ShouldContain("CSC 11/01");
    }

    [Fact]
    public async Task Dashboard_ForAPartyRepresentative_ShowsOpenConsultations()
    {
        using var eon = web.Client();
        await WebSession.SignInAsync(eon, "eon");
        var html = await eon.GetStringAsync("/dashboard");

        html.ShouldContain("Open consultations");
        html.ShouldContain("/modifications/MP105/consultations/modification-report");
    }

    [Fact]
    public async Task Dashboard_ForTheCsc_ShowsReportsAwaitingItsApproval_AndAnonymousIsAskedToSignIn()
    {
        using var csc = web.Client();
        await WebSession.SignInAsync(csc, "csc");
        (await csc.GetStringAsync("/dashboard")).ShouldContain("Awaiting your body&#x27;s decision");

        using var anonymous = web.Client();
        (await anonymous.GetAsync("/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
