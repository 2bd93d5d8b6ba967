using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Modifications;
using SecChange.Documents.Builders;
using SecChange.Documents.Model;
using SecChange.Documents.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Documents.Tests.Builders;

/// <summary>MP105's Modification Report against seed 004, the draft it was on 21 October 2020.</summary>
public sealed class ModificationReportDocumentsTests(SampleRegisterFixture register) : IClassFixture<SampleRegisterFixture>
{
    private static readonly LocalDate SeedDraft = new(2020, 10, 31);
    private static readonly LocalDate Today = new(2026, 11, 21);

    private Task<Document> ReportAsync(Viewer reader, LocalDate asAt, string reference = "MP105") =>
        register.Get<ModificationReportDocuments>().BuildAsync(reader, reference, asAt);

    private static List<string> Headings(Document d, int level) => [.. d.Blocks.OfType<Heading>().Where(h => h.Level == level).Select(h => h.Text)];

    [Fact]
    public async Task Build_AsTheSeedDraftStood_HasSeed004sSectionsInItsOrder()
    {
        var report = await ReportAsync(Viewer.Anonymous, SeedDraft);

        report.Status.ShouldBe("DRAFT");
        report.Subtitle.ShouldBe("Draft Modification Report");
        report.Label.ShouldBe(Classification.White);
        Headings(report, 1).ShouldBe([
            "About this document", "1. Summary", "2. Issue", "3. Solution", "4. Impacts", "5. Costs", "6. Implementation approach",
            "7. Assessment of the proposal", "Appendix 1: Progression timetable", "Appendix 2: Glossary",
        ]);
        Headings(report, 2).ShouldContain("What are the current arrangements?");
        Headings(report, 2).ShouldContain("SEC Parties");
        Headings(report, 2).ShouldContain("Views against the General SEC Objectives");
        Headings(report, 3).ShouldContain("Views of the Change Sub-Committee");
        var text = MarkdownRenderer.Render(report);
        text.ShouldContain("This document is a draft Modification Report.");
        text.ShouldContain("This document also has four annexes:");
        text.ShouldContain("**Joe Hehir** (SECAS), sec.change@gemserv.com");
        text.ShouldContain("| Large Suppliers | Yes |");
        text.ShouldContain("| Electricity Network Operators | No |");
        text.ShouldContain("Of the DCC's Service Providers, this modification is expected to impact the DSP only.");
        text.ShouldContain("This modification will require Pre-Integration Testing (PIT), Systems Integration Testing (SIT) and User Integration Testing (UIT).");
        text.ShouldContain("| Design, Build and Pre-Integration Testing (PIT) | £0 - £150,000 |");
        text.ShouldContain("| Systems Integration Testing (SIT) | TBC |");
        text.ShouldContain("two days of effort, amounting to approximately £1,200.");
    }

    [Fact]
    public async Task Build_BeforeADecision_AppliesTheReleaseRuleToTheDecisionDateAsSeed004Does()
    {
        var text = MarkdownRenderer.Render(await ReportAsync(Viewer.Anonymous, SeedDraft));

        text.ShouldContain("- 4 November 2021 (November 2021 SEC Release) if a decision to approve is received on or before 4 February 2021; or");
        text.ShouldContain("- 3 November 2022 (November 2022 SEC Release) if a decision to approve is received after 4 February 2021 but on or before 3 February 2022.");
        text.ShouldContain("These dates allow the lead time of 9 months between the decision and the release, in a scheduled release that can carry DUIS changes.");
    }

    [Fact]
    public async Task Build_ProgressionTimetable_IsSeed004sTimetableBuiltFromTheEvents()
    {
        var report = await ReportAsync(Viewer.Anonymous, SeedDraft);
        var table = report.Blocks.OfType<Table>().Single(t => t.Caption == "Timetable");

        // Seed 004 also lists "Business requirements developed with DCC, 23 Mar 2020 - 3 Apr 2020": work outside the
        // process that no step records, so the register cannot list it (the sample keeps it in an event's reason).
        table.Rows.Select(r => $"{r[0].Text} | {r[1].Text}").ShouldBe([
            "Draft Proposal raised | 18 Dec 2019",
            "Presented to CSC for final comment and recommendations | 2 Jan 2020",
            "Panel converts Draft Proposal to Modification Proposal | 17 Jan 2020",
            "First Preliminary Assessment requested | 6 Apr 2020",
            "First Preliminary Assessment returned | 4 May 2020",
            "Modification discussed with Working Group | 3 Jun 2020",
            "Second Preliminary Assessment requested | 17 Jul 2020",
            "Second Preliminary Assessment returned | 27 Aug 2020",
            "Refinement Consultation | 14 Sep 2020 - 5 Oct 2020",
            "Impact Assessment costs approved by Change Board | 21 Oct 2020",
        ]);
    }

    [Fact]
    public async Task Build_Glossary_DefinesExactlyTheAcronymsUsedOnceEachWithSmiCorrected()
    {
        var report = await ReportAsync(Viewer.Anonymous, SeedDraft);
        var glossary = report.Blocks.OfType<Table>().Single(t => t.Caption == "Glossary").Rows
            .ToDictionary(r => r[0].Text, r => r[1].Text);

        // Seed 004 defines SMI as "Smart Metering Equipment Technical Specifications"; the SEC glossary's is right.
        glossary["SMI"].ShouldBe("Smart Metering Inventory");
        glossary["SSC"].ShouldBe("Security Sub-Committee"); // used in the seed's text, missing from its glossary
        glossary["HCALCS"].ShouldBe("HAN Connected Auxiliary Load Control Switch"); // used only as "HCALCSs"
        glossary.ShouldContainKey("SMETS"); // used only as "SMETS1"
        glossary.ShouldNotContainKey("RoM"); // in the seed's glossary, but nowhere in its text
        glossary.ShouldNotContainKey("AD"); // "Appendix AD" names a part of the SEC
        glossary.Keys.ShouldBe(glossary.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase));
        ModificationReportDocuments.UndefinedAcronyms(report).ShouldBeEmpty();
    }

    [Fact]
    public async Task Build_OnceTheCscApprovedTheReport_IsFinalAndSummarisesTheConsultation()
    {
        var report = await ReportAsync(Viewer.Anonymous, Today);
        var text = MarkdownRenderer.Render(report);

        report.Status.ShouldBeNull();
        report.Subtitle.ShouldBe("Modification Report");
        text.ShouldContain("This document is the final Modification Report.");
        text.ShouldContain("The Modification Report Consultation ran from 25 November 2020 to 15 December 2020; eight responses were received.");
        text.ShouldContain("**Question 1:** Should MP105 be approved? All eight respondents agreed.");
        text.ShouldContain("| Modification Report approved by CSC | 24 Nov 2020 |");
        text.ShouldContain("| Modification Report Consultation | 25 Nov 2020 - 15 Dec 2020 |");
    }

    [Fact]
    public async Task Build_WhenTheModificationIsHiddenFromTheReader_IsNotFoundAsAMissingOne()
    {
        var ex = await Should.ThrowAsync<DomainException>(() => ReportAsync(Viewer.Anonymous, Today, "MP104"));
        ex.Kind.ShouldBe(ErrorKind.NotFound);
        ex.Message.ShouldBe("There is no modification MP104 in the register.");
    }

    [Fact]
    public async Task Build_BeforeTheModificationWasKnown_IsNotFoundNamingTheDate()
    {
        var ex = await Should.ThrowAsync<DomainException>(() => ReportAsync(Viewer.Anonymous, new LocalDate(2019, 12, 1)));
        ex.Kind.ShouldBe(ErrorKind.NotFound);
        ex.Message.ShouldContain("MP105 was not in the register as at 1 Dec 2019");
    }

    [Fact]
    public async Task Build_WhenTheTextUsesAnAcronymTheGlossaryLacks_ReportsItAndDoesNotDefineIt()
    {
        await register.Get<ModificationService>().AmendDetailsAsync("MP106", new DetailsAmended
        {
            ReportText = [new ReportText(ReportSection.PartyViews, "The QZX group of Suppliers supports it.")],
        }, null, new LocalDate(2026, 11, 20), SampleRegisterFixture.Secas);

        var report = await ReportAsync(Viewer.Anonymous, Today, "MP106");

        ModificationReportDocuments.UndefinedAcronyms(report).ShouldContain("QZX");
        report.Blocks.OfType<Table>().Single(t => t.Caption == "Glossary").Rows.ShouldNotContain(r => r[0].Text == "QZX");
        report.Blocks.OfType<Note>().ShouldContain(n => n.Text.Contains("Not in the SEC glossary, so not defined here:") && n.Text.Contains("QZX"));
    }

    [Fact]
    public async Task Build_WithoutAWrittenSummary_ComposesOneFromTheRegister()
    {
        var report = await ReportAsync(Viewer.Anonymous, Today, "MP106");
        var summary = report.Blocks.SkipWhile(b => b is not Heading { Text: "1. Summary" }).Skip(1).TakeWhile(b => b is not Heading).OfType<Paragraph>().ToList();

        // MP106 was entered from the minutes of CSC 11, which do not name its Proposer: the summary opens with its problem.
        summary.ShouldNotBeEmpty();
        summary[0].Text.ShouldStartWith("When the CSP South and Central responds to a SM WAN coverage request");
        summary.ShouldNotContain(p => p.Text.StartsWith("This proposal has been raised by", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_AsWord_LabelsTheReportAndKeepsItsTables()
    {
        var report = await ReportAsync(Viewer.Anonymous, SeedDraft);
        var rendered = await register.Get<DocumentRenderer>().RenderAsync(report, OutputFormat.Docx, ModificationReportDocuments.FileStem("mp105"));

        rendered.FileName.ShouldBe("modification-report-MP105.docx");
        var xml = WordText(rendered.Content);
        xml.ShouldContain("WHITE");
        xml.ShouldContain("Appendix 2: Glossary");
        xml.ShouldContain("Smart Metering Inventory");
    }

    private static string WordText(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
