using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Meetings;
using SecChange.Documents.Builders;
using SecChange.Documents.Model;
using SecChange.Documents.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Documents.Tests.Builders;

public sealed class MinutesDocumentsTests(SampleRegisterFixture register) : IClassFixture<SampleRegisterFixture>
{
    private Task<Document> MinutesAsync(Viewer reader, string meeting = "CSC 11") => register.Get<MinutesDocuments>().BuildAsync(reader, meeting);

    private static string Text(Document d) => MarkdownRenderer.Render(d);

    [Fact]
    public async Task Build_WhenCsc11_FollowsTheLayoutOfItsMinutes()
    {
        var minutes = await MinutesAsync(Viewer.Anonymous);

        minutes.Title.ShouldBe("SEC Change Sub-Committee Meeting 11");
        minutes.Subtitle.ShouldBe("28 January 2020, 10:00 – 11:00, Gemserv, 8 Fenchurch Place, London, EC3M 4AJ");
        minutes.Label.ShouldBe(Classification.White);
        minutes.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text)
            .ShouldBe(["1. Welcome and introductions", "2. Actions Outstanding", "3. Draft Proposal Report", "4. Any Other Business (AOB)", "Summary of New Actions"]);
        var tables = minutes.Blocks.OfType<Table>().ToList();
        tables[0].Header.ShouldBe(["Category", "Change Sub-Committee Members"]);
        tables[0].Rows.Select(r => r[0].Text).ShouldBe(["Change Sub-Committee Chair", "Large Suppliers", "Small Suppliers", "Electricity Network Parties"]);
        tables[0].Rows[1][1].Text.ShouldBe("Paul Saker (teleconference)");
        tables[1].Rows.Count.ShouldBe(7); // DCC (2) and SECAS (5)
        tables[2].Rows.Select(r => r[1].Text).ShouldBe(["Jonathan Lishawa", "Elias Hanna", "Ed Rees"]);
        tables[3].Rows.Single()[0].Text.ShouldBe("ACTION CSC 10/01");
        tables[3].Rows.Single()[1].Text.ShouldContain("A meeting has been arranged between SECAS and the DCC");

        var text = Text(minutes);
        text.ShouldContain("### DP098 'Incorporation of multiple Issue Resolution Proposals into the SEC - Batch 3'");
        text.ShouldContain("- **RECOMMENDED** to the Panel that the Modification Proposal should proceed to the Report Phase, subject to agreement by the TABASC.");
        text.ShouldContain("The CSC **AGREED** further development is required to define and understand the issue.");
        text.ShouldContain("**CSC 11/02:** SECAS to clarify in the Modification Report");
        text.ShouldContain("There was no further business and the Chair closed the meeting.");
        text.ShouldContain("**Next Meeting:** 25 February 2020.");
        tables[^1].Rows.Select(r => (r[0].Text, r[1].Text)).ShouldBe([("CSC 11/01", "DCC"), ("CSC 11/02", "SECAS")]);
    }

    [Fact]
    public async Task Build_WhenNotApproved_IsADraftOnEveryPage()
    {
        var minutes = await MinutesAsync(Viewer.Anonymous);
        minutes.Status.ShouldBe("DRAFT");
        ((Paragraph)minutes.Blocks[0]).Text.ShouldBe("Draft Minutes");
    }

    [Fact]
    public async Task Build_WhenApprovedAtTheNextMeeting_IsFinalAndSaysWhere()
    {
        var meetings = register.Get<MeetingService>();
        await meetings.CreateAsync("WG", 9, new LocalDate(2022, 1, 12), null, null, null, Classification.White, SampleRegisterFixture.Secas);
        await meetings.ApproveMinutesAsync("WG 1", "WG 9", SampleRegisterFixture.Secas);

        var minutes = await MinutesAsync(Viewer.Anonymous, "WG 1");

        minutes.Status.ShouldBeNull();
        ((Paragraph)minutes.Blocks[0]).Text.ShouldBe("Minutes (approved at WG 9 on 12 January 2022)");
        minutes.Provenance.AsAt.ShouldBe(new LocalDate(2022, 1, 12));
        Text(minutes).ShouldContain("### MP078 'Incorporation of multiple Issue Resolution Proposals into the SEC - Part 2'");
    }

    [Fact]
    public async Task Build_WhenAModificationIsAboveWhatTheReaderMaySee_LeavesItOut()
    {
        // DP104 was RED and is GREEN now: the public may not see it, so its part of item 3 is not in their minutes.
        var text = Text(await MinutesAsync(Viewer.Anonymous));
        text.ShouldNotContain("DP104");
        text.ShouldNotContain("Security Improvements");
        text.ShouldContain("DP106");
    }

    [Fact]
    public async Task Build_WhenAModificationIsClassifiedAboveTheMeeting_LeavesItOutEvenForSecas()
    {
        // SECAS may see DP104, but a WHITE document never holds GREEN content.
        Text(await MinutesAsync(SampleRegisterFixture.SecasReader)).ShouldNotContain("Security Improvements");
    }

    [Fact]
    public async Task Build_WhenTheMeetingIsHiddenFromTheReader_IsNotFoundLikeAMissingOne()
    {
        var meetings = register.Get<MeetingService>();
        await meetings.CreateAsync("CSC", 30, new LocalDate(2020, 3, 24), null, null, null, Classification.Green, SampleRegisterFixture.Secas);
        await meetings.AddItemAsync("CSC 30", 1, "Draft Proposal Report", [ModificationId.Parse("DP104")], SampleRegisterFixture.Secas);

        var hidden = await Should.ThrowAsync<DomainException>(() => MinutesAsync(Viewer.Anonymous, "CSC 30"));
        var missing = await Should.ThrowAsync<DomainException>(() => MinutesAsync(Viewer.Anonymous, "CSC 31"));
        hidden.Kind.ShouldBe(ErrorKind.NotFound);
        hidden.Message.ShouldBe(missing.Message.Replace("31", "30", StringComparison.Ordinal));

        var forParty = await MinutesAsync(SampleRegisterFixture.PartyReader, "CSC 30");
        forParty.Label.ShouldBe(Classification.Green);
        Text(forParty).ShouldContain("DP104 'Security Improvements'");
    }

    [Fact]
    public async Task Render_WhenTheSameMinutesAreAskedForTwice_GivesTheSameBytes()
    {
        var renderer = new DocumentRenderer(new ChromiumPdfPrinter());
        var first = await renderer.RenderAsync(await MinutesAsync(Viewer.Anonymous), OutputFormat.Docx, MinutesDocuments.FileStem("CSC 11"));
        var second = await renderer.RenderAsync(await MinutesAsync(Viewer.Anonymous), OutputFormat.Docx, MinutesDocuments.FileStem("CSC 11"));
        first.FileName.ShouldBe("minutes-CSC-11.docx");
        second.Content.ShouldBe(first.Content);
    }
}
