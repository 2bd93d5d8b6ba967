using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Tests;

public class ModificationIdTests
{
    [Fact]
    public void Parse_DraftAndModificationNumbers_AreTheSameId()
    {
        var dp = ModificationId.Parse("DP105");
        var mp = ModificationId.Parse("MP105");
        dp.ShouldBe(mp);
        dp.Series.ShouldBe(NumberSeries.Current);
        dp.Number.ShouldBe(105);
        dp.Alternative.ShouldBeNull();
    }

    [Fact]
    public void Display_CurrentSeries_ShowsDpBeforeConversionAndMpAfter()
    {
        var id = ModificationId.Parse("DP105");
        id.Display(converted: false).ShouldBe("DP105");
        id.Display(converted: true).ShouldBe("MP105");
        id.ToString().ShouldBe("MP105");
        ModificationId.Parse("MP7").Display(false).ShouldBe("DP007");
    }

    [Fact]
    public void Parse_LegacyNumber_KeepsSecmpFormWhateverTheStage()
    {
        var id = ModificationId.Parse("SECMP0007");
        id.Series.ShouldBe(NumberSeries.Legacy);
        id.Number.ShouldBe(7);
        id.Display(converted: false).ShouldBe("SECMP0007");
        id.ToString().ShouldBe("SECMP0007");
        id.ShouldNotBe(ModificationId.Parse("MP007"));
    }

    [Fact]
    public void Parse_Alternative_KeepsLetterAndBaseIsTheParent()
    {
        var alt = ModificationId.Parse("MP102A");
        alt.IsAlternative.ShouldBeTrue();
        alt.Alternative.ShouldBe('A');
        alt.ToString().ShouldBe("MP102A");
        alt.Base.ShouldBe(ModificationId.Parse("MP102"));
        alt.Base.IsAlternative.ShouldBeFalse();
        alt.ShouldNotBe(alt.Base);
        ModificationId.Parse("mp102b").ToString().ShouldBe("MP102B");
    }

    [Theory]
    [InlineData(" mp105 ", "MP105")]
    [InlineData("dp105", "MP105")]
    [InlineData("Secmp0056", "SECMP0056")]
    [InlineData("MP0105", "MP105")]
    public void Parse_CaseAndPadding_Normalised(string text, string canonical) =>
        ModificationId.Parse(text).ToString().ShouldBe(canonical);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("105")]
    [InlineData("MP")]
    [InlineData("MP 105")]
    [InlineData("MP-105")]
    [InlineData("XP105")]
    [InlineData("MP000")]
    [InlineData("MP102AB")]
    [InlineData("MP1A2")]
    [InlineData("MP123456")]
    [InlineData("SECMP")]
    public void Parse_WhenNotAModificationNumber_RefusedAsInvalidInput(string text)
    {
        ModificationId.TryParse(text, out _).ShouldBeFalse();
        var ex = Should.Throw<DomainException>(() => ModificationId.Parse(text));
        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        ex.Message.ShouldContain("is not a modification number");
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => ModificationId.TryParse(null, out _).ShouldBeFalse();

    [Fact]
    public void CompareTo_SortsBySeriesThenNumberThenAlternative()
    {
        var ids = new[] { "MP102A", "SECMP0007", "MP105", "MP102", "MP99" }.Select(ModificationId.Parse).Order().Select(i => i.ToString());
        ids.ShouldBe(["MP099", "MP102", "MP102A", "MP105", "SECMP0007"]);
        (ModificationId.Parse("MP099") < ModificationId.Parse("MP100")).ShouldBeTrue();
        (ModificationId.Parse("MP102") >= ModificationId.Parse("MP102A")).ShouldBeFalse();
    }
}
