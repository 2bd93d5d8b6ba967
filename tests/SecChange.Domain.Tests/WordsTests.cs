using SecChange.Domain.Parties;
using SecChange.Domain.Voting;

namespace SecChange.Domain.Tests;

public class WordsTests
{
    [Fact]
    public void Name_WhenAnEnumIsPascalCase_WritesWords()
    {
        Words.Name(PartyCategory.LargeSupplier).ShouldBe("Large Supplier");
        Words.Name(PartyCategory.OtherSecParty).ShouldBe("Other SEC Party");
        Words.Name(PartyCategory.Dcc).ShouldBe("DCC");
        Words.Name(VotingGroup.ElectricityNetworkParties).ShouldBe("Electricity Network Parties");
    }

    [Theory]
    [InlineData("Smets2", "SMETS2")]
    [InlineData("Secas", "SECAS")]
    [InlineData("DuisImpact", "DUIS Impact")]
    public void Name_WhenANameHoldsAnAcronymOrDigits_KeepsThemTogether(string pascal, string words) =>
        Words.Name(pascal).ShouldBe(words);

    [Theory]
    [InlineData(0, "question", null, "0 questions")]
    [InlineData(1, "question", null, "1 question")]
    [InlineData(2, "question", null, "2 questions")]
    [InlineData(1, "party", "parties", "1 party")]
    [InlineData(3, "party", "parties", "3 parties")]
    public void Count_WhenCounting_TheNounAgrees(int n, string singular, string? plural, string expected) =>
        Words.Count(n, singular, plural).ShouldBe(expected);
}
