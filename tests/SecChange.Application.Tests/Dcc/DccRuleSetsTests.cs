using NodaTime;
using SecChange.Application.AsAt;
using SecChange.Application.Dcc;
using SecChange.Dcc.Rules;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Application.Tests.Dcc;

/// <summary>A release's DCC rule sets composed from the register's release scope (the sample register's releases).</summary>
public class DccRuleSetsTests
{
    private static readonly BehaviourCatalogue Catalogue = BehaviourCatalogue.Default;

    private static ReleaseAsAt Release(string id, int year, int month, int day, params (string Reference, ReleaseStatus Status)[] contents) =>
        new(new Release(id, $"Release {id}", new LocalDate(year, month, day), ReleaseKind.Scheduled, true, true),
            ReleaseProgress.Upcoming, [.. contents.Select(c => new ReleaseContent(c.Reference, null, c.Status))]);

    private static List<ReleaseAsAt> Releases(ReleaseStatus mp105, ReleaseStatus mp078 = ReleaseStatus.Targeted) =>
    [
        Release("2022-11", 2022, 11, 3, ("MP078", mp078)),
        Release("2020-11", 2020, 11, 29, ("MP080", ReleaseStatus.Approved), ("MP120", ReleaseStatus.Implemented)),
        Release("2021-11", 2021, 11, 4, ("MP105", mp105), ("SECMP0007", ReleaseStatus.Targeted)),
    ];

    private static IEnumerable<string> References(RuleSet rules) => rules.Modifications.Select(m => m.Reference);

    [Theory]
    [InlineData(ReleaseStatus.Approved)]
    [InlineData(ReleaseStatus.Implemented)]
    public void Compose_WhenModificationApprovedOrImplementedInRelease_AfterAddsItsBehaviour(ReleaseStatus status)
    {
        var sets = DccRuleSets.Compose(Catalogue, Releases(status), "2021-11", null);

        References(sets.Before).ShouldBeEmpty();
        References(sets.After).ShouldBe(["MP105"]);
        sets.After.Name.ShouldBe("With release 2021-11");
        sets.Included.ShouldBe([new ReleaseContent("MP105", null, status)]);
        sets.NotIncluded.Select(c => c.Reference).ShouldBe(["SECMP0007"]);
    }

    [Fact]
    public void Compose_WhenModificationOnlyTargeted_LeavesItOutAndSaysSo()
    {
        var sets = DccRuleSets.Compose(Catalogue, Releases(ReleaseStatus.Targeted), "2021-11", null);

        References(sets.After).ShouldBeEmpty();
        sets.NotIncluded.Select(c => c.Reference).ShouldBe(["MP105", "SECMP0007"]);
    }

    [Fact]
    public void Compose_WhenLaterRelease_EarlierApprovedBehaviourIsOnBothSides()
    {
        var sets = DccRuleSets.Compose(Catalogue, Releases(ReleaseStatus.Approved, ReleaseStatus.Approved), "2022-11", null);

        References(sets.Before).ShouldBe(["MP105"]);
        References(sets.After).ShouldBe(["MP105", "MP078"]);
    }

    [Fact]
    public void Compose_WhenOneModificationOfTheRelease_AddsOnlyItEvenIfTargeted()
    {
        var sets = DccRuleSets.Compose(Catalogue, Releases(ReleaseStatus.Approved), "2021-11", "secmp0007");

        sets.Modification.ShouldBe("SECMP0007");
        References(sets.After).ShouldBe(["SECMP0007"]);
        sets.After.Name.ShouldBe("With SECMP0007");
        sets.NotIncluded.ShouldBeEmpty();
    }

    [Fact]
    public void Compose_WhenModificationWithoutRelease_UsesTheReleaseThatHoldsIt()
    {
        var sets = DccRuleSets.Compose(Catalogue, Releases(ReleaseStatus.Approved, ReleaseStatus.Approved), null, "MP078");

        sets.Release!.Id.ShouldBe("2022-11");
        References(sets.Before).ShouldBe(["MP105"]);
    }

    [Fact]
    public void Compose_WhenModificationInNoRelease_ComparesOnTopOfEveryApprovedOne()
    {
        List<ReleaseAsAt> releases = [Release("2021-11", 2021, 11, 4, ("MP105", ReleaseStatus.Implemented))];

        var sets = DccRuleSets.Compose(Catalogue, releases, null, "MP078");

        sets.Release.ShouldBeNull();
        References(sets.Before).ShouldBe(["MP105"]);
        References(sets.After).ShouldBe(["MP105", "MP078"]);
        sets.Before.Name.ShouldBe("Without MP078");
    }

    [Theory]
    [InlineData("2099", null, ErrorKind.NotFound, "No release 2099 is defined; known releases: 2020-11, 2021-11, 2022-11.")]
    [InlineData("2021-11", "MP080", ErrorKind.RuleBroken, "MP080 carries no DCC System behaviour")]
    [InlineData("2020-11", "MP105", ErrorKind.RuleBroken, "MP105 is not in release 2020-11; it holds MP080 (Approved), MP120 (Implemented).")]
    [InlineData(null, null, ErrorKind.InvalidInput, "Name a release")]
    public void Compose_WhenAskedWrongly_ThrowsSayingWhy(string? release, string? modification, ErrorKind kind, string message)
    {
        var ex = Should.Throw<DomainException>(() => DccRuleSets.Compose(Catalogue, Releases(ReleaseStatus.Approved), release, modification));

        ex.Kind.ShouldBe(kind);
        ex.Message.ShouldContain(message);
    }
}
