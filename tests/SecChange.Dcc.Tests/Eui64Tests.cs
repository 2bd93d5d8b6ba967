using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Tests;

public class Eui64Tests
{
    [Theory]
    [InlineData("00-DB-12-34-56-78-90-A0", 0x00DB1234567890A0UL)]
    [InlineData("90-b3-d5-1f-30-01-00-00", 0x90B3D51F30010000UL)]
    [InlineData(" FF-FF-FF-FF-FF-FF-FF-FF ", ulong.MaxValue)]
    public void TryParse_WhenHyphenatedHex_ReturnsValue(string text, ulong expected)
    {
        Eui64.TryParse(text, out var id).ShouldBeTrue();
        id.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00DB1234567890A0")]
    [InlineData("00-DB-12-34-56-78-90")]
    [InlineData("00-DB-12-34-56-78-90-A0-00")]
    [InlineData("00:DB:12:34:56:78:90:A0")]
    [InlineData("00-DB-12-34-56-78-90-G0")]
    [InlineData("0-DB-12-34-56-78-90-A00")]
    public void TryParse_WhenNotHyphenatedHex_ReturnsFalse(string text)
    {
        Eui64.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => Eui64.Parse(text)).Message.ShouldContain("hyphenated hex");
    }

    [Fact]
    public void ToString_WhenParsedFromLowerCase_WritesUpperCaseHyphenated()
    {
        Eui64.Parse("00-db-12-34-56-78-90-a0").ToString().ShouldBe("00-DB-12-34-56-78-90-A0");
    }

    [Fact]
    public void Compare_WhenValuesDiffer_OrdersByValue()
    {
        (Eui64.Parse("00-00-00-00-00-00-00-01") < Eui64.Parse("00-00-00-00-00-00-01-00")).ShouldBeTrue();
    }
}
