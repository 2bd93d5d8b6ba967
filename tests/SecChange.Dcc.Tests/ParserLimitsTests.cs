using System.Text;
using SecChange.Dcc.Duis;

namespace SecChange.Dcc.Tests;

/// <summary>The DUIS parser's limits: attribute floods, repeated header fields, mismatched Bodies, repeated Devices.</summary>
public class ParserLimitsTests
{
    private static string ReadFirmware => ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");

    private static string WithRootAttributes(int count, string value = "x")
    {
        var attributes = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            attributes.Append(" a").Append(i).Append("=\"").Append(value).Append('"');
        }

        return ReadFirmware.Replace(" schemaVersion=", attributes + " schemaVersion=", StringComparison.Ordinal);
    }

    private static DuisParseResult ParseBoth(string xml)
    {
        var fromString = DuisRequestParser.Parse(xml);
        var fromStream = DuisRequestParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        fromStream.Error.ShouldBe(fromString.Error);
        return fromString;
    }

    [Fact]
    public void Parse_WhenAnElementHasMoreAttributesThanTheLimit_IsRefusedBeforeXmlParsing()
    {
        // The root already declares three namespaces and schemaVersion.
        ParseBoth(WithRootAttributes(DuisRequestParser.MaxAttributesPerElement - 4)).Error.ShouldBe(DuisParseError.None);
        ParseBoth(WithRootAttributes(DuisRequestParser.MaxAttributesPerElement)).Error.ShouldBe(DuisParseError.TooManyAttributes);
    }

    [Fact]
    public void Parse_WhenEqualsSignsSitInsideValuesCommentsOrText_DoesNotCountThem()
    {
        var xml = WithRootAttributes(20, "a=b=c>d")
            .Replace("<sr:Header>", "<!-- " + new string('=', 500) + " --><sr:Header>", StringComparison.Ordinal)
            .Replace("<sr:ReadFirmwareVersion/>", "<sr:ReadFirmwareVersion/><![CDATA[" + new string('=', 500) + "]]>", StringComparison.Ordinal);

        ParseBoth(xml).Error.ShouldBe(DuisParseError.None);
    }

    [Theory]
    [InlineData("<sr:RequestID>", "<sr:RequestID>90-B3-D5-1F-30-02-00-00:00-DB-12-34-56-78-90-A0:7</sr:RequestID><sr:RequestID>")]
    [InlineData("<sr:CommandVariant>", "<sr:CommandVariant>2</sr:CommandVariant><sr:CommandVariant>")]
    [InlineData("<sr:ServiceReferenceVariant>", "<sr:ServiceReferenceVariant>11.2</sr:ServiceReferenceVariant><sr:ServiceReferenceVariant>")]
    public void Parse_WhenAHeaderFieldAppearsTwice_IsRefused(string find, string replace)
    {
        ParseBoth(ReadFirmware.Replace(find, replace, StringComparison.Ordinal)).Error.ShouldBe(DuisParseError.DuplicateHeaderField);
    }

    [Fact]
    public void Parse_WhenBodyElementIsNotTheVariants_IsRefused()
    {
        var result = ParseBoth(ReadFirmware.Replace("<sr:ReadFirmwareVersion/>", "<sr:ActivateFirmware/>", StringComparison.Ordinal));

        result.Error.ShouldBe(DuisParseError.BodyDoesNotMatchVariant);
        result.Message.ShouldBe("Service Reference Variant 11.2 takes a Body of ReadFirmwareVersion, not ActivateFirmware.");
    }

    [Fact]
    public void Parse_WhenEveryReferenceMessage_MatchesItsVariantsBody()
    {
        foreach (var name in ReferenceMessages.All())
        {
            DuisRequestParser.Parse(ReferenceMessages.Read(name)).Error.ShouldBe(DuisParseError.None, name);
        }
    }

    [Fact]
    public void Parse_WhenDeviceIdListRepeatsADevice_IsRefused()
    {
        var xml = ReferenceMessages.Read("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML")
            .Replace("<sr:DeviceIDList>00-DB-12-34-56-78-90-A0<", "<sr:DeviceIDList>00-DB-12-34-56-78-90-A0 00-DB-12-34-56-78-90-A1 00-db-12-34-56-78-90-a0<", StringComparison.Ordinal);

        var result = ParseBoth(xml);

        result.Error.ShouldBe(DuisParseError.DuplicateDeviceId);
        result.Message!.ShouldContain("00-DB-12-34-56-78-90-A0");
    }

    [Fact]
    public void Excerpt_WhenInputIsLong_KeepsTheStartAndSaysHowLong()
    {
        var excerpt = DccMessages.Excerpt(new string('x', 5000) + "\n");

        excerpt.Length.ShouldBeLessThan(100);
        excerpt.ShouldEndWith("… (5001 characters)");
        DccMessages.Excerpt("a\u0000b").ShouldBe("a?b");
    }
}
