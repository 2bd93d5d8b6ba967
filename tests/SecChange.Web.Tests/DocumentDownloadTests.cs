using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;
using SecChange.Application.Consultations;
using SecChange.Application.Meetings;
using SecChange.Domain.Consultations;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>The documents generated from the register, downloaded from the meeting and consultation pages and the API.</summary>
public sealed class DocumentDownloadTests(DocumentDownloadTests.Fixture web) : IClassFixture<DocumentDownloadTests.Fixture>
{
    private static readonly Actor Secas = new("Alex Morgan", ActorRole.Secas, "SECAS");

    public sealed class Fixture : WebAppFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ReportPhase.OpenReportConsultationAsync(this, "MP105", new LocalDate(2026, 12, 15));
            var consultations = Service<ConsultationService>();
            await consultations.RecordResponseAsync("MP105", ConsultationKind.ModificationReport, "E.ON", null,
                [new ConsultationAnswer(1, AnswerPosition.Agree, "Better Device management")], null, false, false, ReportPhase.Today, Secas);
            await consultations.RecordResponseAsync("MP105", ConsultationKind.ModificationReport, "Octopus Energy", null,
                [new ConsultationAnswer(1, AnswerPosition.Disagree, "Too soon")], "About £20,000", true, false, ReportPhase.Today, Secas);
            await Service<MeetingService>().CreateAsync("WG", 9, new LocalDate(2022, 1, 12), null, null, null, Classification.White, Secas);
        }
    }

    [Fact]
    public async Task Minutes_WhenDownloadedAsWord_IsTheLabelledDraftOfCsc11()
    {
        using var anonymous = web.Client();
        using var word = await DraftWordAsync(anonymous, "/api/v1/reports/minutes/CSC11?format=docx", "minutes-CSC-11.docx");
        word.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("DP098 'Incorporation of multiple Issue Resolution Proposals into the SEC - Batch 3'");
    }

    [Fact]
    public async Task Minutes_WhenAskedTwice_AreTheSameBytes()
    {
        using var anonymous = web.Client();
        var first = await anonymous.GetByteArrayAsync("/api/v1/reports/minutes/CSC11?format=md");
        var second = await anonymous.GetByteArrayAsync("/api/v1/reports/minutes/CSC11?format=md");
        second.ShouldBe(first);
        System.Text.Encoding.UTF8.GetString(first).ShouldStartWith("**WHITE** **DRAFT**");
    }

    [Fact]
    public async Task Reports_WhenTheFormatOrKindIsUnknown_AreBadRequestProblems()
    {
        using var anonymous = web.Client();
        var format = await anonymous.GetAsync("/api/v1/reports/minutes/CSC11?format=doc");
        format.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        format.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await format.Content.ReadAsStringAsync()).ShouldContain("'doc' is not a document format: use docx, pdf, html or md.");

        var kind = await anonymous.GetAsync("/api/v1/reports/consultations/MP105?kind=final");
        kind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await kind.Content.ReadAsStringAsync()).ShouldContain("'final' is not a consultation kind: use mrc or refinement.");
    }

    [Fact]
    public async Task Reports_WhenTheMeetingOrModificationIsMissingOrHidden_AreNotFound()
    {
        using var anonymous = web.Client();
        (await anonymous.GetAsync("/api/v1/reports/minutes/CSC99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var hidden = await anonymous.GetAsync("/api/v1/reports/consultations/MP104?kind=refinement&format=md"); // GREEN
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Content.ReadAsStringAsync()).ShouldContain("There is no modification MP104 in the register.");
    }

    [Fact]
    public async Task ConsultationSummary_NamesConfidentialRespondentsToSecasOnly()
    {
        using var party = web.Client();
        await WebSession.SignInAsync(party, "eon");
        var forParty = await party.GetStringAsync("/api/v1/reports/consultations/MP105?kind=mrc&format=md");
        forParty.ShouldContain("One of two respondents agreed; one disagreed.");
        forParty.ShouldContain("Confidential respondent (Large Supplier), disagreed:");
        forParty.ShouldNotContain("Octopus");

        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");
        (await analyst.GetStringAsync("/api/v1/reports/consultations/MP105?kind=mrc&format=md")).ShouldContain("Octopus Energy (Large Supplier), disagreed:");
    }

    [Fact]
    public async Task Pages_OfferTheDocumentsInEveryFormat()
    {
        using var anonymous = web.Client();
        var meeting = await anonymous.GetStringAsync("/meetings/CSC11");
        meeting.ShouldContain("href=\"/api/v1/reports/minutes/CSC11?format=docx\"");
        meeting.ShouldContain("href=\"/api/v1/reports/minutes/CSC11?format=pdf\"");
        var consultation = await anonymous.GetStringAsync("/modifications/MP105/consultations/modification-report");
        consultation.ShouldContain("href=\"/api/v1/reports/consultations/MP105?kind=mrc&amp;format=md\"");
    }

    [Fact]
    public async Task ApproveMinutes_WhenSecasRecordsItAtTheNextMeeting_TheMinutesAreFinal()
    {
        using var panel = web.Client();
        await WebSession.SignInAsync(panel, "panel");
        (await panel.GetAsync("/meetings/WG1/approve-minutes")).Headers.Location!.AbsolutePath.ShouldBe("/status/403");

        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");
        (await analyst.GetStringAsync("/meetings/WG1")).ShouldContain("Record the approval of these minutes");
        var posted = await WebForms.PostAsync(analyst, "/meetings/WG1/approve-minutes", ("At", "WG 9"));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var anonymous = web.Client();
        var minutes = await anonymous.GetStringAsync("/api/v1/reports/minutes/WG1?format=md");
        minutes.ShouldStartWith("**WHITE**\n");
        minutes.ShouldContain("**Minutes** (approved at WG 9 on 12 January 2022)");
        (await anonymous.GetStringAsync("/meetings/WG1")).ShouldContain("Approved at WG 9 on 12 January 2022.");
        var again = await WebForms.PostAsync(analyst, "/meetings/WG1/approve-minutes", ("At", "WG 9"));
        (await again.Content.ReadAsStringAsync()).ShouldContain("already approved at WG 9");
    }

    [Fact]
    public async Task ModificationReport_WhenDownloaded_IsTheLabelledReportAsItStoodOnTheDateAsked()
    {
        using var anonymous = web.Client();
        using var word = await DraftWordAsync(anonymous, "/api/v1/reports/modifications/MP105?as-at=2020-10-31&format=docx", "modification-report-MP105.docx");
        var body = word.MainDocumentPart!.Document.Body!.InnerText;
        body.ShouldContain("Appendix 1: Progression timetable");
        body.ShouldContain("Smart Metering Inventory");

        var markdown = await anonymous.GetStringAsync("/api/v1/reports/modifications/MP105?as-at=2020-10-31&format=md");
        markdown.ShouldContain("Generated from the register as at 31 October 2020");
        (await anonymous.GetAsync("/api/v1/reports/modifications/MP104?format=md")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // GREEN
        var badDate = await anonymous.GetAsync("/api/v1/reports/modifications/MP105?as-at=31/10/2020");
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badDate.Content.ReadAsStringAsync()).ShouldContain("'31/10/2020' is not a date: use yyyy-MM-dd");
        (await anonymous.GetStringAsync("/modifications/MP105")).ShouldContain("href=\"/api/v1/reports/modifications/MP105?format=pdf\"");
    }

    [Fact]
    public async Task ReportText_WhenSecasEditsASection_TheReportPrintsItAndOnlyThatSectionIsAmended()
    {
        using var analyst = web.Client();
        await WebSession.SignInAsync(analyst, "analyst");
        var form = await analyst.GetStringAsync("/modifications/MP105/report-text");
        form.ShouldContain("The Change Sub-Committee agreed that the issue identified under this proposal is clearly defined");

        var posted = await WebForms.PostAsync(analyst, "/modifications/MP105/report-text",
            ("On.Day", "1"), ("On.Month", "12"), ("On.Year", "2026"), ("ServiceProviders", "DSP"), ("TestPhases", "PIT, SIT, UIT"),
            ("Sections[csc-views]", "The CSC agreed the issue is **clearly defined**."));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var view = await web.Service<Application.Queries.RegisterQueries>().ViewAsync("MP105", new LocalDate(2026, 12, 1));
        view.Timeline[^1].Description.ShouldBe("Details amended: report text (csc-views)");
        view.ReportText.Single(t => t.Section == ReportSection.Issue).Text.ShouldStartWith("### What are the current arrangements?"); // untouched
        using var anonymous = web.Client();
        (await anonymous.GetStringAsync("/api/v1/reports/modifications/MP105?format=md")).ShouldContain("The CSC agreed the issue is **clearly defined**.");

        using var party = web.Client();
        await WebSession.SignInAsync(party, "eon");
        var refused = await WebForms.PostAsync(party, "/modifications/MP105/report-text", ("On.Day", "1"), ("On.Month", "12"), ("On.Year", "2026"),
            ("Sections[issue]", "Rewritten by a Party."));
        refused.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
    }

    /// <summary>A Word download under its own name, labelled WHITE and DRAFT in its page header.</summary>
    private static async Task<WordprocessingDocument> DraftWordAsync(HttpClient client, string address, string fileName)
    {
        var response = await client.GetAsync(address);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe(fileName);
        var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        word.MainDocumentPart!.HeaderParts.Single().Header!.InnerText.ShouldContain("WHITE");
        word.MainDocumentPart.HeaderParts.Single().Header!.InnerText.ShouldContain("DRAFT");
        return word;
    }

    [Fact]
    public async Task OpenApi_DescribesTheReportEndpoints()
    {
        using var anonymous = web.Client();
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/v1/reports/minutes/{meeting}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/reports/consultations/{reference}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/reports/modifications/{reference}", out _).ShouldBeTrue();
    }
}
