using System.Net;

namespace SecChange.Web.Tests;

/// <summary>The Change Board ballot page on MP105 once its Modification Report Consultation has closed.</summary>
public sealed class BallotPageTests(BallotPageTests.Fixture web) : IClassFixture<BallotPageTests.Fixture>
{
    public sealed class Fixture : WebAppFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ReportPhase.OpenReportConsultationAsync(this, "MP105", ReportPhase.Today.PlusDays(10));
            await ReportPhase.CloseReportConsultationAsync(this, "MP105");
        }
    }

    [Fact]
    public async Task CastVote_ByBoardMembers_ShowsPositionsByGroupTallyAndWhoHasNotVoted()
    {
        using var anonymous = web.Client();
        var before = await anonymous.GetStringAsync("/modifications/MP105/ballot");
        before.ShouldContain("No vote has been cast on this ballot");
        before.ShouldContain("Yet to vote");
        (await anonymous.GetStringAsync("/modifications/MP105")).ShouldContain("href=\"/modifications/MP105/ballot\"");

        using var paul = web.Client();
        await WebSession.SignInAsync(paul, "paul.saker");
        var cast = await WebForms.PostAsync(paul, "/modifications/MP105/ballot",
            ("Position", "Approve"), ("Rationale", "Restores SMI status for suspended devices"), ("Objectives", "A"), ("Objectives", "D"));
        cast.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var gemma = web.Client();
        await WebSession.SignInAsync(gemma, "gemma.slaney");
        await WebForms.PostAsync(gemma, "/modifications/MP105/ballot", ("Position", "Reject"), ("Rationale", "Cost not justified"));

        var after = await anonymous.GetStringAsync("/modifications/MP105/ballot");
        after.ShouldContain("Large Suppliers");
        after.ShouldContain("Restores SMI status for suspended devices");
        after.ShouldContain("SEC Objectives relied on: (a), (d)");
        after.ShouldContain("Average Of Group Shares");
        after.ShouldContain("Not met: ");
        after.ShouldContain("votes cast, 5 needed");
        after.ShouldContain("No decision until the ballot is quorate");
        // Group shares: Large Suppliers 100%, Electricity Network Parties 0%, average 50% (not above the threshold).
        after.ShouldContain("100.0%");
        after.ShouldContain("50.0%");
        var notVoted = after[after.IndexOf("Yet to vote", StringComparison.Ordinal)..];
        notVoted.ShouldContain("Julie Geary");
        notVoted.ShouldNotContain("Paul Saker");
    }

    [Fact]
    public async Task CastVote_ByAPartyRepresentative_IsForbiddenAndRecordsNothing()
    {
        using var eon = web.Client();
        await WebSession.SignInAsync(eon, "eon");

        var refused = await WebForms.PostAsync(eon, "/modifications/MP105/ballot", ("Position", "Approve"));

        (refused.StatusCode == HttpStatusCode.Forbidden || refused.Headers.Location?.ToString().Contains("403", StringComparison.Ordinal) == true).ShouldBeTrue();
        (await eon.GetStringAsync("/modifications/MP105/ballot")).ShouldNotContain("Cast your position");
        using var anonymous = web.Client();
        (await anonymous.GetStringAsync("/modifications/MP105/ballot")).ShouldNotContain("Jo Bennett");
    }

    [Fact]
    public async Task BallotPage_ForAHiddenOrMissingModification_IsNotFound()
    {
        using var anonymous = web.Client();
        (await anonymous.GetAsync("/modifications/DP104/ballot")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/modifications/MP999/ballot")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
