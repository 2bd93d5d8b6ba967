using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Storage.Tests;

/// <summary>
/// Steps whose content depends on the modification as it stands are use cases with typed arguments, so a
/// host (a web form) never needs the aggregate to build one.
/// </summary>
public class TypedStepTests
{
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");
    private static readonly LocalDate On = new(2020, 11, 4);

    [Fact]
    public async Task AmendDetails_WithOnlyAnAnnualCost_KeepsTheDccAndSecasCostsAlreadyKnown()
    {
        var service = await TestStores.SampleAsync();
        await service.Modifications.AmendDetailsAsync("MP105", new DetailsAmended(), new CostChange("0-150000", SecasCost: 5000), On, Secas);

        var result = await service.Modifications.AmendDetailsAsync("MP105", new DetailsAmended(), new CostChange(AnnualCost: 1000), On, Secas);

        var costs = result.View.Costs.ShouldNotBeNull();
        costs.DccImplementation.ShouldHaveSingleItem().ShouldBe(new CostLine("Implementation", 0, 150000));
        (costs.SecasCost, costs.AnnualSupportCost).ShouldBe((5000m, 1000m));
        result.Recorded.ShouldHaveSingleItem().Step.ShouldBe("amend");
    }

    [Fact]
    public async Task AmendDetails_WithABadDccCost_IsInvalidAndNothingIsWritten()
    {
        var service = await TestStores.SampleAsync();
        var before = (await service.Queries.ViewAsync("MP105", On)).Version;

        var ex = await Should.ThrowAsync<DomainException>(() =>
            service.Modifications.AmendDetailsAsync("MP105", new DetailsAmended(), new CostChange("lots"), On, Secas));

        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        (await service.Queries.ViewAsync("MP105", On)).Version.ShouldBe(before);
    }

    [Fact]
    public async Task RaiseAlternative_WithALetterThatIsNotALetter_IsInvalid()
    {
        var service = await TestStores.SampleAsync();

        var ex = await Should.ThrowAsync<DomainException>(() =>
            service.Modifications.RaiseAlternativeAsync("MP105", '7', "Another way", On, Secas with { Role = ActorRole.WorkingGroup }));

        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
    }

    [Fact]
    public async Task Ballot_WhenNoVoteHasBeenCast_IsRefusedNamingTheModification()
    {
        var service = await TestStores.SampleAsync();

        var ex = await Should.ThrowAsync<DomainException>(() => service.Board.BallotAsync("mp105"));

        ex.Kind.ShouldBe(ErrorKind.RuleBroken);
        ex.Message.ShouldStartWith("MP105 has no open ballot");
    }
}
