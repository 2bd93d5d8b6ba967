using System.Net;

namespace SecChange.Web.Tests;

/// <summary>A member changes their position within the open ballot: the new one counts, the earlier one stays shown as changed;
/// the very same vote again is refused. (A fixture of its own, so the ballot page tests see no votes at first.)</summary>
public sealed class BallotChangeTests(BallotPageTests.Fixture web) : IClassFixture<BallotPageTests.Fixture>
{
    [Fact]
    public async Task CastVote_TheSameVoteAgain_IsRefusedWithTheDomainsMessage()
    {
        using var daniel = web.Client();
        await WebSession.SignInAsync(daniel, "daniel.davies");
        await WebForms.PostAsync(daniel, "/modifications/MP105/ballot", ("Position", "Abstain"));

        var again = await WebForms.PostAsync(daniel, "/modifications/MP105/ballot", ("Position", "Abstain"));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await again.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("Daniel Davies&#x27;s seat has already voted abstain on MP105");
    }

    [Fact]
    public async Task CastVote_AChangedPosition_ReplacesTheEarlierOneWhichStaysShownAsChanged()
    {
        using var julie = web.Client();
        await WebSession.SignInAsync(julie, "julie.geary");
        await WebForms.PostAsync(julie, "/modifications/MP105/ballot", ("Position", "Reject"));

        await WebForms.PostAsync(julie, "/modifications/MP105/ballot", ("Position", "Approve"), ("Rationale", "The DCC's costs were clarified"));

        var page = await julie.GetStringAsync("/modifications/MP105/ballot");
        page.ShouldContain("Changed from <del>Reject");
        page.ShouldContain("The DCC&#x27;s costs were clarified");
        page.ShouldContain("Change your position");
    }
}
