using NodaTime;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>What a release must be before it is defined, and the lead-time range the implementation-date rule accepts.</summary>
public class ReleaseCheckTests
{
    private static readonly Release November2021 = new("2021-11", "November 2021 SEC Release", new LocalDate(2021, 11, 4), ReleaseKind.Scheduled,
        true, true, new LocalDate(2020, 11, 4), new LocalDate(2021, 5, 4));

    [Fact]
    public void CheckRelease_WhenScopeIsBaselinedAheadOfTheDate_Passes() => CodeRules.Sec.CheckRelease(November2021);

    [Fact]
    public void CheckRelease_WhenDccScopeIsBaselinedAfterTheDate_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() => CodeRules.Sec.CheckRelease(November2021 with { DccScopeBaselinedOn = new LocalDate(2021, 12, 1) }));

        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        ex.Message.ShouldContain("2021-11's scope is baselined before its date");
    }

    [Fact]
    public void CheckRelease_WhenFullScopeIsBaselinedAfterTheDate_IsRefused() =>
        Should.Throw<DomainException>(() => CodeRules.Sec.CheckRelease(November2021 with { FullScopeBaselinedOn = new LocalDate(2021, 11, 5) }));

    [Fact]
    public void CheckRelease_WhenItHasNoName_IsRefused() =>
        Should.Throw<DomainException>(() => CodeRules.Sec.CheckRelease(November2021 with { Name = " " })).Message.ShouldContain("needs an id, a name and a kind");

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(120)]
    public void CheckLeadTime_WhenWithinTenYears_ReturnsIt(int months) => ImplementationDateRule.CheckLeadTime(months).ShouldBe(months);

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public void CheckLeadTime_WhenOutsideTheRange_IsRefusedAsInvalid(int months) =>
        Should.Throw<DomainException>(() => ImplementationDateRule.CheckLeadTime(months)).Kind.ShouldBe(ErrorKind.InvalidInput);

    [Fact]
    public void Amend_WhenLeadTimeIsOutOfRange_IsRefusedByTheProcessAndNothingRecorded()
    {
        var scenario = Scenario.In(ModificationState.Refinement);
        var version = scenario.M.Version;

        var ex = Should.Throw<DomainException>(() => scenario.Take(new DetailsAmended { LeadTimeMonths = 500 }, ActorRole.Secas));

        ex.Message.ShouldBe("A lead time is 0 to 120 months, not 500.");
        scenario.M.Version.ShouldBe(version);
    }
}
