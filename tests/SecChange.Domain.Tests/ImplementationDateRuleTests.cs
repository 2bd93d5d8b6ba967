using SecChange.Domain.Releases;
using static SecChange.Domain.Tests.TestDomain;

namespace SecChange.Domain.Tests;

/// <summary>MP105's figures from its Modification Report (seed 004): lead time 9 months, DUIS impact.</summary>
public class ImplementationDateRuleTests
{
    private static readonly Release Nov2021 = new("2021-11", "November 2021 SEC Release", D(2021, 11, 4), ReleaseKind.Scheduled, true, true);
    private static readonly Release Jun2022 = new("2022-06", "June 2022 SEC Release", D(2022, 6, 30), ReleaseKind.Scheduled, true, false);
    private static readonly Release Nov2022 = new("2022-11", "November 2022 SEC Release", D(2022, 11, 3), ReleaseKind.Scheduled, true, true);
    private static readonly Release[] Releases = [Nov2022, Jun2022, Nov2021]; // deliberately unordered

    [Theory]
    [InlineData(2020, 12, 1, "2021-11")]
    [InlineData(2021, 2, 4, "2021-11")] // the last day that makes November 2021
    [InlineData(2021, 2, 5, "2022-11")] // June 2022 carries no DUIS change
    [InlineData(2022, 2, 3, "2022-11")] // the last day that makes November 2022
    [InlineData(2022, 2, 4, null)] // no release defined after it
    public void TargetRelease_Mp105WithDuisImpact_FollowsTheModificationReport(int y, int m, int d, string? expected) =>
        (ImplementationDateRule.TargetRelease(D(y, m, d), 9, dccSystemImpact: true, duisImpact: true, Releases)?.Id).ShouldBe(expected);

    [Fact]
    public void TargetRelease_WhenNoReleaseFits_IsNull() =>
        ImplementationDateRule.TargetRelease(D(2022, 2, 4), 9, true, true, Releases).ShouldBeNull();

    [Fact]
    public void TargetRelease_DocumentOnlyChangeAfterFeb2021_TargetsJune2022() =>
        ImplementationDateRule.TargetRelease(D(2021, 2, 5), 9, dccSystemImpact: false, duisImpact: false, Releases)!.Date.ShouldBe(D(2022, 6, 30));

    [Fact]
    public void TargetRelease_DccImpactWithoutDuis_MayUseJuneRelease() =>
        ImplementationDateRule.TargetRelease(D(2021, 9, 30), 9, dccSystemImpact: true, duisImpact: false, Releases)!.Id.ShouldBe("2022-06");

    [Fact]
    public void TargetRelease_ReleaseNotAcceptingDccChanges_IsSkippedForDccImpact()
    {
        var docsOnly = new Release("2021-06", "June 2021", D(2021, 6, 24), ReleaseKind.Scheduled, false, false);
        ImplementationDateRule.TargetRelease(D(2020, 9, 1), 9, true, false, [docsOnly, Nov2021])!.Id.ShouldBe("2021-11");
        ImplementationDateRule.TargetRelease(D(2020, 9, 1), 9, false, false, [docsOnly, Nov2021])!.Id.ShouldBe("2021-06");
    }

    [Fact]
    public void TargetRelease_StandaloneReleases_AreNeverTargeted()
    {
        var standalone = new Release("2022-12-SA", "Standalone", D(2022, 12, 1), ReleaseKind.Standalone, true, true);
        ImplementationDateRule.TargetRelease(D(2022, 2, 4), 9, true, true, [.. Releases, standalone]).ShouldBeNull();
    }

    [Fact]
    public void TargetRelease_ShorterLeadTime_MakesAnEarlierRelease() =>
        ImplementationDateRule.TargetRelease(D(2021, 5, 4), 6, true, true, Releases)!.Id.ShouldBe("2021-11");

    [Fact]
    public void DecisionDeadline_IsReleaseDateLessLeadTime()
    {
        ImplementationDateRule.DecisionDeadline(Nov2021, 9).ShouldBe(D(2021, 2, 4));
        ImplementationDateRule.DecisionDeadline(Jun2022, 9).ShouldBe(D(2021, 9, 30));
        ImplementationDateRule.DecisionDeadline(Nov2022, 9).ShouldBe(D(2022, 2, 3));
    }
}
