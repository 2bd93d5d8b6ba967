using NodaTime;
using SecChange.Domain.Errors;

namespace SecChange.Storage.Tests;

/// <summary>Which release an approval would target, worked out by the application from a modification's own lead time and impacts.</summary>
public class NextReleaseTests
{
    private static Task<TestCore> SampleAsync() => TestStores.SampleAsync();

    [Fact]
    public async Task NextReleaseFor_WithMp105_UsesItsLeadTimeAndImpacts()
    {
        var service = await SampleAsync();
        var mp105 = await service.Queries.GetAsync("MP105");
        var decidedOn = new LocalDate(2020, 12, 16);

        var target = await service.Releases.NextReleaseForAsync("mp105", decidedOn);

        target.ShouldBe(await service.Releases.NextReleaseAsync(decidedOn, mp105.LeadTimeMonths, mp105.DccSystemImpact, mp105.DuisImpact));
        target.LeadTimeMonths.ShouldBe(mp105.LeadTimeMonths ?? service.Rules.DefaultLeadTimeMonths);
    }

    [Fact]
    public async Task NextReleaseFor_WhenALeadTimeIsGiven_ItOverridesTheModifications()
    {
        var service = await SampleAsync();

        (await service.Releases.NextReleaseForAsync("MP105", new LocalDate(2020, 12, 16), leadTimeMonths: 3)).LeadTimeMonths.ShouldBe(3);
    }

    [Fact]
    public async Task NextReleaseFor_WhenTheModificationIsUnknown_IsNotFound()
    {
        var service = await SampleAsync();

        (await Should.ThrowAsync<DomainException>(() => service.Releases.NextReleaseForAsync("MP999", new LocalDate(2020, 12, 16)))).Kind.ShouldBe(ErrorKind.NotFound);
    }
}
