using SecChange.Dcc.Duis;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Tests;

/// <summary>A gateway that verifies requests runs only signed, fresh ones, and signs what it answers.</summary>
public class SignedGatewayTests
{
    private static readonly DuisSignatureVerifier Verifier = new(DuisKeystore.Default);

    private static DuisGateway Gateway() =>
        new(Scenario.Build(Scenario.WithMp105), new FixedClock(Scenario.Start), new DuisSecurity(DuisKeystore.Default));

    private static string ReadFirmware => ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");

    private static string Signed(string xml) => OriginatorSigning.Sign(xml, DuisKeystore.Default, _ => null).Xml!;

    [Fact]
    public void Process_WhenSignedByOriginator_RunsItAndSignsEveryAnswerAsTheAccessControlBroker()
    {
        var gateway = Gateway();

        var exchange = gateway.Process(Signed(ReadFirmware));

        exchange.Code.ShouldBe(ResponseCode.I99);
        exchange.Authentication.ShouldBe(SignatureCheck.Valid);
        exchange.Outbound.ShouldNotBeEmpty();
        foreach (var xml in exchange.Outbound.Select(o => o.Xml).Prepend(exchange.ResponseXml!))
        {
            Verifier.Verify(xml, Identity.WellKnownIds.DccAccessControlBroker).ShouldBe(SignatureCheck.Valid);
        }
    }

    [Theory]
    [InlineData(false, SignatureCheck.UnknownCertificate)]
    [InlineData(true, SignatureCheck.BadSignature)]
    public void Process_WhenUnsignedOrTampered_AnswersE1AndRunsNothing(bool signThenTamper, SignatureCheck reason)
    {
        var gateway = Gateway();
        var xml = signThenTamper
            ? Signed(ReadFirmware).Replace("<sr:CommandVariant>1<", "<sr:CommandVariant>2<", StringComparison.Ordinal)
            : ReadFirmware;

        var exchange = gateway.Process(xml);

        exchange.Code.ShouldBe(ResponseCode.E1);
        exchange.Authentication.ShouldBe(reason);
        exchange.Outbound.ShouldBeEmpty();
        gateway.SingleSystem().Statistics.Requests.ShouldBe(0);
        gateway.Security!.Failures[reason.ToString()].ShouldBe(1);
    }

    [Fact]
    public void Process_WhenSignedRequestReplayed_AnswersE1TheSecondTime()
    {
        var gateway = Gateway();
        var signed = Signed(ReadFirmware);

        gateway.Process(signed).Code.ShouldBe(ResponseCode.I99);
        var replay = gateway.Process(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(signed)));

        replay.Code.ShouldBe(ResponseCode.E1);
        replay.Authentication.ShouldBe(SignatureCheck.ReplayedCounter);
        gateway.SingleSystem().Statistics.Requests.ShouldBe(1);
    }
}
