using NodaTime;
using SecChange.Application.Access;
using SecChange.Documents.Builders;
using SecChange.Documents.Model;
using SecChange.Documents.Rendering;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Documents.Tests.Builders;

public sealed class ConsultationDocumentsTests(SampleRegisterFixture register) : IClassFixture<SampleRegisterFixture>
{
    private static readonly LocalDate Today = new(2026, 11, 21);

    private Task<Document> SummaryAsync(Viewer reader, ConsultationKind kind = ConsultationKind.ModificationReport, string reference = "MP105") =>
        register.Get<ConsultationDocuments>().BuildAsync(reader, reference, kind, Today);

    [Fact]
    public async Task Build_WhenEightPartiesResponded_SummarisesEachQuestionInSecasWords()
    {
        var summary = await SummaryAsync(Viewer.Anonymous);
        var text = MarkdownRenderer.Render(summary);

        summary.Subtitle.ShouldBe("Modification Report Consultation: summary of responses");
        summary.Status.ShouldBeNull();
        text.ShouldContain("Eight responses were received (one confidential).");
        text.ShouldContain("## 2. Question 1: Should MP105 be approved?\n\n**All eight respondents agreed.**");
        text.ShouldContain("**Five of eight respondents agreed; two disagreed; one was neutral.**");
        text.ShouldContain("| Large Supplier | 5 |");
        text.ShouldContain("| Electricity Network Party | 1 | 0 | 1 |");
        text.ShouldContain("- **E.ON (Large Supplier), agreed:** Better Device management");
    }

    [Fact]
    public async Task Build_WhenTheReaderMayNotNameConfidentialRespondents_ShowsThemUnnamedWithTheirCostsLeftOut()
    {
        var text = MarkdownRenderer.Render(await SummaryAsync(SampleRegisterFixture.PartyReader));

        text.ShouldNotContain("Octopus");
        text.ShouldNotContain("£20,000");
        text.ShouldContain("- **Confidential respondent (Large Supplier), disagreed:** Too soon for our systems");
        text.ShouldContain("One of eight respondents described the costs they expect to incur:");
    }

    [Fact]
    public async Task Build_WhenTheReaderIsSecas_NamesConfidentialRespondents()
    {
        var text = MarkdownRenderer.Render(await SummaryAsync(SampleRegisterFixture.SecasReader));

        text.ShouldContain("- **Octopus Energy (Large Supplier), disagreed:** Too soon for our systems");
        text.ShouldContain("Two of eight respondents described the costs they expect to incur:");
    }

    [Fact]
    public async Task Build_WhenTheModificationIsHiddenFromTheReader_IsNotFound()
    {
        // MP104 is GREEN: an anonymous reader may not see it, so it "does not exist" for them.
        var ex = await Should.ThrowAsync<DomainException>(() => SummaryAsync(Viewer.Anonymous, ConsultationKind.Refinement, "MP104"));
        ex.Kind.ShouldBe(ErrorKind.NotFound);
        ex.Message.ShouldBe("There is no modification MP104 in the register.");
    }

    [Fact]
    public async Task Build_WhenThereWasNoSuchConsultation_IsNotFoundNamingIt()
    {
        var ex = await Should.ThrowAsync<DomainException>(() => SummaryAsync(Viewer.Anonymous, ConsultationKind.Refinement, "MP135"));
        ex.Kind.ShouldBe(ErrorKind.NotFound);
        ex.Message.ShouldBe("MP135 has had no Refinement Consultation.");
    }

    [Fact]
    public async Task Build_Always_NamesTheLastEventOfTheModificationAsItsProvenance()
    {
        var summary = await SummaryAsync(Viewer.Anonymous);
        summary.Provenance.AsAt.ShouldBe(new LocalDate(2020, 12, 15));
        summary.Provenance.LastEvent.ShouldStartWith("MP105 event ");
        summary.Provenance.LastEventAt.ShouldBe(Instant.FromUtc(2026, 11, 21, 12, 0));
    }
}
