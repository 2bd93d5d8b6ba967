using System.Net;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Web.Tests;

/// <summary>The information policy on the pages: who sees a GREEN, AMBER or RED record, and that a hidden one looks missing.</summary>
public sealed class ClassificationTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task GreenRecord_WhenAnonymous_LooksExactlyLikeAMissingOne()
    {
        // DP104 (Security Improvements) was RED, then downgraded to GREEN before CSC 11 (28 January 2020).
        using var anonymous = web.Client();
        var hidden = await anonymous.GetAsync("/modifications/DP104");
        var missing = await anonymous.GetAsync("/modifications/MP999");

        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WebSession.PageWithoutTokenAsync(hidden)).ShouldBe(await WebSession.PageWithoutTokenAsync(missing));
    }

    [Fact]
    public async Task GreenRecord_WhenSignedIn_IsShownAndListed()
    {
        using var member = web.Client();
        await WebSession.SignInAsync(member, "eon");

        (await member.GetStringAsync("/modifications/DP104")).ShouldContain("Security Improvements");
        (await member.GetStringAsync("/?q=security+improvements")).ShouldContain("DP104");
        using var anonymous = web.Client();
        (await anonymous.GetStringAsync("/?q=security+improvements")).ShouldNotContain("DP104");
    }

    [Fact]
    public async Task RedRecord_WhenGuessedByOutsider_LooksMissing_ButItsProposerAndSecasSeeIt()
    {
        var red = await RaiseAsync("Jo Bennett", "E.ON", Classification.Red, "Red key compromise handling");
        using var outsider = web.Client();
        await WebSession.SignInAsync(outsider, "dcc");
        using var proposer = web.Client();
        await WebSession.SignInAsync(proposer, "eon");
        using var secas = web.Client();
        await WebSession.SignInAsync(secas, "analyst");

        var guessed = await outsider.GetAsync($"/modifications/{red}");
        var missing = await outsider.GetAsync("/modifications/DP99998");
        guessed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WebSession.PageWithoutTokenAsync(guessed)).ShouldBe(await WebSession.PageWithoutTokenAsync(missing));
        (await outsider.GetStringAsync("/?q=red+key+compromise")).ShouldNotContain(red);

        (await proposer.GetStringAsync($"/modifications/{red}")).ShouldContain("Red key compromise handling");
        (await secas.GetStringAsync($"/modifications/{red}")).ShouldContain("Red key compromise handling");
        (await secas.GetStringAsync("/?q=red+key+compromise")).ShouldContain(red);
    }

    [Fact]
    public async Task AmberRecord_IsSeenByTheProposersOrganisationOnly()
    {
        var amber = await RaiseAsync("Someone Else", "E.ON", Classification.Amber, "Amber tariff data handling");
        using var sameOrganisation = web.Client();
        await WebSession.SignInAsync(sameOrganisation, "eon"); // Jo Bennett, E.ON
        using var board = web.Client();
        await WebSession.SignInAsync(board, "paul.saker"); // EDF Energy

        (await sameOrganisation.GetAsync($"/modifications/{amber}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.GetAsync($"/modifications/{amber}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> RaiseAsync(string proposer, string organisation, Classification classification, string title)
    {
        var raised = await web.Service<ModificationService>().RaiseDraftProposalAsync(
            new DraftProposalRaised(title, proposer, organisation, "A problem.", classification), new LocalDate(2026, 11, 30),
            new Actor(proposer, ActorRole.Proposer, organisation));
        return raised.Reference;
    }
}
