using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>The Modification Report's written sections: amended one at a time, replaced, removed, and held to the text limit.</summary>
public class ReportTextTests
{
    private static Modification NewDraftProposal(ModificationProcess process) =>
        process.Create(new ModificationId(NumberSeries.Current, 139), new DraftProposalRaised("Managing Suspended Devices", "Chun Chen", "DCC",
            "A 'Suspended' Device's firmware cannot be read.", Classification.White), D(2021, 1, 4), As(ActorRole.Dcc));

    [Fact]
    public void Take_WhenSectionsAreAmended_ReplacesThoseGivenRemovesEmptyOnesAndKeepsReportOrder()
    {
        var process = NewProcess();
        var dp = NewDraftProposal(process);

        process.Take(dp, new DetailsAmended
        {
            ReportText = [new ReportText(ReportSection.Solution, "Add SR 11.2."), new ReportText(ReportSection.Issue, "SR 11.2 is refused.")],
            ServiceProviders = ["DSP"],
            TestPhases = ["PIT", "SIT"],
        }, D(2021, 1, 5), As(ActorRole.Secas));
        process.Take(dp, new DetailsAmended
        {
            ReportText = [new ReportText(ReportSection.Solution, "  "), new ReportText(ReportSection.CscViews, "Clearly defined.")],
        }, D(2021, 1, 6), As(ActorRole.Secas));

        dp.ReportText.ShouldBe([new ReportText(ReportSection.Issue, "SR 11.2 is refused."), new ReportText(ReportSection.CscViews, "Clearly defined.")]);
        dp.ServiceProviders.ShouldBe(["DSP"]);
        dp.TestPhases.ShouldBe(["PIT", "SIT"]);
        dp.Events[^1].Change.Describe().ShouldBe("Details amended: report text (solution, csc-views)");
    }

    [Fact]
    public void Take_WhenASectionIsNamedTwiceOrNotAtAll_IsRefusedAndNothingChanges()
    {
        var process = NewProcess();
        var dp = NewDraftProposal(process);

        Should.Throw<DomainException>(() => process.Take(dp, new DetailsAmended
        {
            ReportText = [new ReportText(ReportSection.Issue, "One."), new ReportText(ReportSection.Issue, "Two.")],
        }, D(2021, 1, 5), As(ActorRole.Secas))).Kind.ShouldBe(ErrorKind.InvalidInput);
        Should.Throw<DomainException>(() => process.Take(dp, new DetailsAmended
        {
            ReportText = [new ReportText(ReportSection.None, "Nowhere.")],
        }, D(2021, 1, 5), As(ActorRole.Secas))).Kind.ShouldBe(ErrorKind.InvalidInput);
        dp.ReportText.ShouldBeEmpty();
        dp.Version.ShouldBe(1);
    }

    [Fact]
    public void Take_WhenASectionIsLongerThanTheTextLimit_IsRefused()
    {
        var process = NewProcess();
        var dp = NewDraftProposal(process);

        var ex = Should.Throw<DomainException>(() => process.Take(dp, new DetailsAmended
        {
            ReportText = [new ReportText(ReportSection.Issue, new string('x', 20_001))],
        }, D(2021, 1, 5), As(ActorRole.Secas)));
        ex.Message.ShouldContain("text is too long");
    }

    [Theory]
    [InlineData("issue", ReportSection.Issue)]
    [InlineData(" DCC-System ", ReportSection.DccSystemImpact)]
    [InlineData("industry-views", ReportSection.IndustryObjectiveViews)]
    public void Parse_ReadsASectionsShortName(string slug, ReportSection expected) => ReportSections.Parse(slug).ShouldBe(expected);

    [Fact]
    public void Parse_WhenTheNameIsUnknown_ListsTheSectionsThatExist()
    {
        var ex = Should.Throw<DomainException>(() => ReportSections.Parse("views"));
        ex.Message.ShouldContain("'views' is not a Modification Report section: use one of summary, issue, solution,");
    }
}
