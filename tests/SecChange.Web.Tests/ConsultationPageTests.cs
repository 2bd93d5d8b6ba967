using System.Net;
using SecChange.Application.Access;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Tests;

/// <summary>
/// Consultations online: the index, a Party's response (its organisation is the respondent), refusal after the
/// window, and confidential respondents named to SECAS only. MP105's Modification Report Consultation is opened
/// for the class; its Refinement Consultation (14 September to 5 October 2020) is long closed.
/// </summary>
public sealed class ConsultationPageTests(ConsultationPageTests.Fixture web) : IClassFixture<ConsultationPageTests.Fixture>
{
    public sealed class Fixture : WebAppFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ReportPhase.OpenReportConsultationAsync(this, "MP105", ReportPhase.Today.PlusDays(5));
        }
    }

    [Fact]
    public async Task Index_ListsOpenConsultationsFirst_WithTheirClosingDates()
    {
        using var anonymous = web.Client();
        var html = await anonymous.GetStringAsync("/consultations");

        var open = html.IndexOf("Open consultations", StringComparison.Ordinal);
        var closed = html.IndexOf("Closed consultations", StringComparison.Ordinal);
        var report = html.IndexOf("/modifications/MP105/consultations/modification-report", StringComparison.Ordinal);
        var refinement = html.IndexOf("/modifications/MP105/consultations/refinement", StringComparison.Ordinal);
        report.ShouldBeInRange(open, closed);
        refinement.ShouldBeGreaterThan(closed);
        html.ShouldContain("6 December 2026");
        html.ShouldContain("5 October 2020");
        (await anonymous.GetStringAsync("/modifications/MP105")).ShouldContain("href=\"/modifications/MP105/consultations/refinement\"");
    }

    [Fact]
    public async Task Respond_AfterTheWindowHasClosed_IsRefusedWithTheDomainsMessage_AndWritesNothing()
    {
        using var eon = web.Client();
        await WebSession.SignInAsync(eon, "eon");

        var late = await WebForms.PostAsync(eon, "/modifications/MP105/consultations/refinement/respond", ("ExpectedCosts", "None"));

        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await late.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("The Refinement Consultation closed on 5 Oct 2020 and takes no more responses; ask SECAS");
        html.ShouldNotContain("record this response as late"); // that is SECAS's step, not the Party's
        var view = await web.Service<VisibleRegister>().ViewAsync(Viewer.Anonymous, "MP105", ReportPhase.Today);
        view.Consultations.Single(c => c.Kind == ConsultationKind.Refinement).Responses.ShouldBeEmpty();
    }

    [Fact]
    public async Task Respond_Confidentially_CountsInTheSummary_ButNamesTheRespondentToSecasOnly()
    {
        using var eon = web.Client();
        await WebSession.SignInAsync(eon, "eon");
        var sent = await WebForms.PostAsync(eon, "/modifications/MP105/consultations/modification-report/respond",
            ("Answers[0].Position", "Agree"), ("Answers[0].Text", "Firmware reads for suspended meters help us"),
            ("Answers[1].Position", "Disagree"), ("ExpectedCosts", "About 20,000 pounds"), ("Confidential", "true"));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var anonymous = web.Client();
        var published = await anonymous.GetStringAsync("/modifications/MP105/consultations/modification-report");
        published.ShouldContain("Confidential respondent");
        published.ShouldContain("Firmware reads for suspended meters help us");
        published.ShouldNotContain("E.ON");
        published.ShouldNotContain("About 20,000 pounds");
        published.ShouldContain("The one respondent agreed.");

        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");
        var secas = await analyst.GetStringAsync("/modifications/MP105/consultations/modification-report");
        secas.ShouldContain("E.ON (confidential)");
        secas.ShouldContain("About 20,000 pounds");
    }

    [Fact]
    public async Task Respond_WhenAnonymous_AsksToSignIn()
    {
        using var anonymous = web.Client();
        var response = await anonymous.GetAsync("/modifications/MP105/consultations/modification-report/respond");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/sign-in");
    }
}
