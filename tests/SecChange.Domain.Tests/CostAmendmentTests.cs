using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Tests;

/// <summary>Amending costs: the DCC figure as written in a Modification Report, merged with what is already known.</summary>
public class CostAmendmentTests
{
    private static readonly CostEstimate Mp105 = new([new CostLine("Design, Build and PIT", 40000, 40000)], SecasCost: 5000, SecasEffortDays: 10,
        PartyCosts: "No costs expected");

    [Theory]
    [InlineData("150000", 150000, 150000)]
    [InlineData("£150,000", 150000, 150000)]
    [InlineData("0-150000", 0, 150000)]
    [InlineData(" 20000 - 35000 ", 20000, 35000)]
    public void ParseDccCost_WhenPoundsOrARange_GivesTheBounds(string text, int low, int high)
    {
        var line = CostAmendment.ParseDccCost(text);

        line.Low.ShouldBe(low);
        line.High.ShouldBe(high);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-5")]
    [InlineData("1-2-3")]
    [InlineData("35000-20000")]
    public void ParseDccCost_WhenNotACost_IsRefusedAsInvalid(string text) =>
        Should.Throw<DomainException>(() => CostAmendment.ParseDccCost(text)).Kind.ShouldBe(ErrorKind.InvalidInput);

    [Fact]
    public void Apply_WhenOnlyTheDccCostIsGiven_ReplacesTheBreakdownAndKeepsTheRest()
    {
        var amended = CostAmendment.Apply(Mp105, "0-150000", null, null)!;

        amended.DccImplementation.ShouldBe([new CostLine("Implementation", 0, 150000)]);
        amended.SecasCost.ShouldBe(5000);
        amended.SecasEffortDays.ShouldBe(10);
        amended.PartyCosts.ShouldBe("No costs expected");
    }

    [Fact]
    public void Apply_WhenOnlyTheAnnualCostIsGiven_KeepsTheDccBreakdown() =>
        CostAmendment.Apply(Mp105, null, null, 1200)!.DccImplementation.ShouldBe(Mp105.DccImplementation);

    [Fact]
    public void Apply_WhenNothingIsGiven_LeavesTheCostsAlone() => CostAmendment.Apply(Mp105, null, null, null).ShouldBeNull();

    [Fact]
    public void Apply_WhenASecasCostIsNegative_IsRefused() =>
        Should.Throw<DomainException>(() => CostAmendment.Apply(null, null, -1, null)).Message.ShouldBe("Costs cannot be negative.");
}
