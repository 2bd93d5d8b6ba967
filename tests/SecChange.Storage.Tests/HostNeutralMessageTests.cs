using NodaTime;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Storage.Tests;

/// <summary>
/// Refusals from the core are read by every host (CLI, web), so they say what is wrong and what exists,
/// never a CLI flag or command.
/// </summary>
public class HostNeutralMessageTests
{
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");

    private static Task<TestCore> SampleAsync() => TestStores.SampleAsync();

    private static void ShouldBeHostNeutral(DomainException ex)
    {
        ex.Message.ShouldNotContain("--");
        ex.Message.ShouldNotContain(" see '");
    }

    [Fact]
    public async Task ImplementRelease_WhenTheReleaseIsUnknown_NamesTheKnownReleasesNotACommand()
    {
        var service = await SampleAsync();

        var ex = await Should.ThrowAsync<DomainException>(() => service.Releases.ImplementReleaseAsync("2099-11", new LocalDate(2099, 11, 1), Secas));

        ex.Kind.ShouldBe(ErrorKind.NotFound);
        ex.Message.ShouldStartWith("No release 2099-11 is defined; known releases: ");
        ex.Message.ShouldContain("2020-11");
        ShouldBeHostNeutral(ex);
    }

    [Fact]
    public async Task CastVote_WhenTheVoterIsNotOnTheBoard_NamesTheMembersNotACommand()
    {
        var service = await SampleAsync();
        await service.Board.SaveChangeBoardMemberAsync(new ChangeBoardMember("Paul Saker", "EDF Energy", VotingGroup.LargeSuppliers), Secas);

        var ex = await Should.ThrowAsync<DomainException>(() => service.Board.CastVoteAsync("MP105", "Nobody", VotePosition.Approve, null, null,
            new LocalDate(2020, 12, 16), Secas with { Role = ActorRole.ChangeBoard }));

        ex.Kind.ShouldBe(ErrorKind.NotFound);
        ex.Message.ShouldBe("Nobody is not a Change Board member or alternate; members and alternates: Paul Saker.");
        ShouldBeHostNeutral(ex);
    }

    [Fact]
    public async Task RaiseAction_WhenNoMeetingIsNamed_AsksForTheMeetingWithoutAFlag()
    {
        var service = await SampleAsync();

        var ex = await Should.ThrowAsync<DomainException>(() => service.Meetings.RaiseActionAsync(null, null, "SECAS", "Circulate the report", null, [], Secas));

        ex.Message.ShouldBe("Say at which meeting the action was raised.");
        ShouldBeHostNeutral(ex);
    }

    [Fact]
    public async Task UpdateAction_WhenTheActionIsUnknown_SaysSoWithoutACommand()
    {
        var service = await SampleAsync();

        var ex = await Should.ThrowAsync<DomainException>(() => service.Meetings.UpdateActionAsync("CSC 99/01", "CSC 100", "Done", Secas));

        ex.Kind.ShouldBe(ErrorKind.NotFound);
        ShouldBeHostNeutral(ex);
    }
}
