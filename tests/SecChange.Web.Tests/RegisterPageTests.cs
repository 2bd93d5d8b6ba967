using System.Net;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>The register and modification pages over the sample register (the seed documents' modifications).</summary>
public sealed class RegisterPageTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Register_FilteredByStage_ListsOnlyThatStage_AndKeepsTheFilterInTheUrl()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync("/?stage=Closed&sort=Oldest");

        // Implemented: MP135 (July 2020 release) and SECMP0006; SECMP0007 is still in refinement.
        html.ShouldContain(">MP135<");
        html.ShouldContain(">SECMP0006<");
        html.ShouldNotContain(">SECMP0007<");
        html.ShouldContain("2 modifications");
        html.ShouldContain("value=\"Closed\" selected=\"selected\"");
    }

    [Fact]
    public async Task Register_WhenNothingMatches_SaysSoAndOffersToClear()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync("/?q=zzzz-no-such-words");

        html.ShouldContain("0 modifications");
        html.ShouldContain("No modifications match these filters");
    }

    [Fact]
    public async Task ModificationPage_ForMP105_ShowsItsFactsAssessmentsAndTimeline()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync("/modifications/MP105");

        html.ShouldContain("MP105");
        html.ShouldContain("Working Days");
        html.ShouldContain("PA1");
        html.ShouldContain("Timeline");
    }

    [Fact]
    public async Task ModificationPage_AsAtADate_ShowsTheRecordAsItStood()
    {
        using var client = web.Client();
        var then = await client.GetStringAsync("/modifications/MP105?as-at=2020-01-10");

        then.ShouldContain("as at 10 January 2020");
        then.ShouldNotContain("IA1");
    }

    [Fact]
    public async Task ModificationPage_ForAReferenceThatIsNotOne_IsNotFound()
    {
        using var client = web.Client();
        (await client.GetAsync("/modifications/%3Cscript%3E")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Register_ForASignedInReader_ShowsEachWriteAtOnce_AndALaterRedLabelHidesTheRow()
    {
        using var dcc = web.Client();
        await WebSession.SignInAsync(dcc, "dcc");
        var before = await dcc.GetStringAsync("/?stage=Define&sort=Newest");
        var secas = new Actor("Alex Morgan", ActorRole.Secas, "SECAS");
        var raised = await web.Service<ModificationService>().RaiseDraftProposalAsync(
            new DraftProposalRaised("Listing kept while unchanged", "Sam Proposer", "Octopus Energy", "A problem.", Classification.White),
            new LocalDate(2026, 11, 30), secas);

        var after = await dcc.GetStringAsync("/?stage=Define&sort=Newest");
        await web.Service<ModificationService>().TakeStepAsync(raised.Reference, new ClassificationChanged(Classification.Red), new LocalDate(2026, 11, 30), secas);
        var relabelled = await dcc.GetStringAsync("/?stage=Define&sort=Newest");

        before.ShouldNotContain($">{raised.Reference}<");
        after.ShouldContain($">{raised.Reference}<");
        relabelled.ShouldNotContain($">{raised.Reference}<");
    }
}
