using SecChange.Dcc.Duis;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Tests;

public class DuisParserTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReferenceMessages.All())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Templates_WhenCounted_Are297()
    {
        ReferenceMessages.All().Count().ShouldBe(297);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Parse_WhenReferenceTemplate_ReadsHeaderOfAKnownVariant(string fileName)
    {
        var result = DuisRequestParser.Parse(ReferenceMessages.Read(fileName));

        result.Success.ShouldBeTrue(result.Message);
        var request = result.Request!;
        RequestMatrix.Default.TryGet(request.ServiceReferenceVariant, out var srv).ShouldBeTrue(request.ServiceReferenceVariant);
        srv.ServiceReference.ShouldBe(request.ServiceReference);
        request.CommandVariant.ShouldBeInRange(1, 8);
        request.BodyElement.ShouldNotBeNullOrEmpty();
        ("_" + fileName).ShouldContain("_" + request.ServiceReferenceVariant, Case.Insensitive, "the file name names the variant");
    }

    [Fact]
    public void Parse_WhenUpdateFirmwareTemplate_ReadsVersionAndDeviceList()
    {
        var request = DuisRequestParser.Parse(ReferenceMessages.Read("11.1_UPDATE_FIRMWARE_REQUEST_DUIS.XML")).Request!;
        request.CommandVariant.ShouldBe(8);
        request.FirmwareVersion.ShouldBe("00000000");
        request.DeviceIdList.ShouldBe([Eui64.Parse("00-DB-12-34-56-78-90-A0")]);
        request.RequestId.Target.ShouldBe(WellKnownIds.DccAccessControlBroker);
    }

    [Fact]
    public void RequestMatrix_WhenVariantOf620_HasServiceReference620()
    {
        RequestMatrix.Default.TryGet("6.20.1", out var srv).ShouldBeTrue();
        srv.ServiceReference.ShouldBe("6.20");
    }

    [Fact]
    public void Parse_WhenCounterIs64Bit_KeepsIt()
    {
        var request = DuisRequestParser.Parse(ReferenceMessages.Read("CS01b_2.2_SUCCESS_REQUEST_DUIS.XML")).Request!;
        request.RequestId.Counter.ShouldBe(25769803776UL);
        request.BodyElement.ShouldBe("TopUpDevice");
    }

    private static string Header(string requestId = "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1", string cv = "1", string sr = "11.2", string srv = "11.2", string ns = DuisNamespaces.ServiceUserGateway, string root = "Request", string body = "<sr:ReadFirmwareVersion/>") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sr:{root} xmlns:sr="{ns}" schemaVersion="5.4">
          <sr:Header>
            <sr:RequestID>{requestId}</sr:RequestID>
            <sr:CommandVariant>{cv}</sr:CommandVariant>
            <sr:ServiceReference>{sr}</sr:ServiceReference>
            <sr:ServiceReferenceVariant>{srv}</sr:ServiceReferenceVariant>
          </sr:Header>
          <sr:Body>{body}</sr:Body>
        </sr:{root}>
        """;

    [Fact]
    public void Parse_WhenWellFormedMinimalRequest_Succeeds()
    {
        var result = DuisRequestParser.Parse(Header());
        result.Success.ShouldBeTrue();
        result.Request!.RequestId.Counter.ShouldBe(1UL);
    }

    [Theory]
    [InlineData("<sr:Request", DuisParseError.MalformedXml)]
    [InlineData("", DuisParseError.MalformedXml)]
    [InlineData("not xml at all", DuisParseError.MalformedXml)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>", DuisParseError.MalformedXml)]
    public void Parse_WhenNotWellFormedOrHasDtd_FailsAsMalformed(string xml, DuisParseError expected)
    {
        var result = DuisRequestParser.Parse(xml);
        result.Success.ShouldBeFalse();
        result.Error.ShouldBe(expected);
        result.Message.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Parse_WhenWrongNamespace_FailsWithWrongNamespace()
    {
        DuisRequestParser.Parse(Header(ns: "http://example.com/not-duis")).Error.ShouldBe(DuisParseError.WrongNamespace);
    }

    [Fact]
    public void Parse_WhenRootIsResponse_FailsAsNotARequest()
    {
        DuisRequestParser.Parse(Header(root: "Response")).Error.ShouldBe(DuisParseError.NotARequest);
    }

    [Theory]
    [InlineData("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90:1")]
    [InlineData("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0")]
    [InlineData("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:-1")]
    [InlineData("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:18446744073709551616")]
    public void Parse_WhenRequestIdMalformed_FailsWithBadRequestId(string requestId)
    {
        DuisRequestParser.Parse(Header(requestId: requestId)).Error.ShouldBe(DuisParseError.BadRequestId);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("x")]
    public void Parse_WhenCommandVariantNot1To8_FailsWithBadCommandVariant(string cv)
    {
        DuisRequestParser.Parse(Header(cv: cv)).Error.ShouldBe(DuisParseError.BadCommandVariant);
    }

    [Fact]
    public void Parse_WhenHeaderFieldMissing_NamesIt()
    {
        var result = DuisRequestParser.Parse(Header(srv: ""));
        result.Error.ShouldBe(DuisParseError.MissingHeaderField);
        result.Message!.ShouldContain("ServiceReferenceVariant");
    }

    [Fact]
    public void Parse_WhenDeviceIdListHasBadId_FailsWithBadDeviceId()
    {
        var body = "<sr:UpdateFirmware><sr:FirmwareVersion>1</sr:FirmwareVersion><sr:DeviceIDList>00-DB-12-34-56-78-90-ZZ</sr:DeviceIDList></sr:UpdateFirmware>";
        DuisRequestParser.Parse(Header(cv: "8", sr: "11.1", srv: "11.1", body: body)).Error.ShouldBe(DuisParseError.BadDeviceId);
    }

    [Fact]
    public void Parse_WhenOversize_FailsWithTooLarge()
    {
        var padding = new string(' ', DuisRequestParser.MaxCharacters);
        DuisRequestParser.Parse(Header() + padding).Error.ShouldBe(DuisParseError.TooLarge);
    }

    [Fact]
    public void Parse_WhenReadFromStream_MatchesStringParse()
    {
        var xml = ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        DuisRequestParser.Parse(stream).Request.ShouldBe(DuisRequestParser.Parse(xml).Request, new RequestComparer());
    }

    private sealed class RequestComparer : IEqualityComparer<ServiceRequest?>
    {
        public bool Equals(ServiceRequest? x, ServiceRequest? y) =>
            x is not null && y is not null && x.RequestId == y.RequestId && x.ServiceReferenceVariant == y.ServiceReferenceVariant && x.BodyElement == y.BodyElement;

        public int GetHashCode(ServiceRequest? obj) => 0;
    }
}
