using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>The endpoint verifies every request's signature and counter, and signs everything it sends.</summary>
public class SignatureEndpointTests
{
    [Fact]
    public async Task Post_WhenReferenceMessageUnsigned_AnswersE1AndRunsNothing()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();

        using var response = await host.PostAsync(Templates.ReadFirmwareEsme);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-DUIS-Refused").ShouldBe(["UnknownCertificate"]);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<sr:ResponseCode>E1</sr:ResponseCode>");
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(0);
        host.Delivery.Queued.ShouldBe(0);
    }

    [Fact]
    public async Task Post_WhenSignedRequestAlteredInTransit_AnswersE1BadSignature()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        var altered = host.Sign(Templates.ReadFirmwareEsme).Replace("<sr:CommandVariant>1<", "<sr:CommandVariant>2<", StringComparison.Ordinal);

        using var response = await host.PostAsync(altered);

        response.Headers.GetValues("X-DUIS-Refused").ShouldBe(["BadSignature"]);
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(0);
    }

    [Fact]
    public async Task Post_WhenSignedRequestReplayed_AnswersI99ThenE1ReplayedCounter()
    {
        await using var host = await DuisHost.StartAsync("MP105");
        await host.LoadDevicesAsync();
        var signed = host.Sign(Templates.ReadFirmwareEsme);

        (await host.SendAsync(signed, sign: false)).Code.ShouldBe("I99");
        using var replay = await host.PostAsync(signed);

        replay.Headers.GetValues("X-DUIS-Refused").ShouldBe(["ReplayedCounter"]);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("<sr:ResponseCode>E1</sr:ResponseCode>");
        (await host.Gateway.Dsp.OverviewAsync()).Statistics.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task Responses_WhenCheckedAsAnAdapterWould_VerifyAgainstTheAccessControlBrokerCertificate()
    {
        var responses = await DuisParserCompatibilityTests.ResponsesAsync();
        DuisKeystore.Default.TryGetSigner(WellKnownIds.DccAccessControlBroker, out var acb).ShouldBeTrue();
        using var certificate = X509CertificateLoader.LoadCertificate(acb.Certificate.RawData);
        using var key = certificate.GetECDsaPublicKey()!;

        responses.Count.ShouldBeGreaterThan(10);
        responses.ShouldContain(r => r.Contains("DCCAlertCode", StringComparison.Ordinal));
        foreach (var xml in responses)
        {
            AdapterSignatureCheck.Verify(xml, key).ShouldBeTrue(xml);
            AdapterSignatureCheck.Verify(xml.Replace("<sr:ResponseCode>", "<sr:ResponseCode>X", StringComparison.Ordinal), key).ShouldBeFalse();
        }
    }

    [Fact]
    public void Sign_WhenRequestSignedAsOriginator_VerifiesWithTheFrameworkSignedXml()
    {
        DuisKeystore.Default.TryGetSigner(WellKnownIds.DccAccessControlBroker, out var acb).ShouldBeTrue();
        DuisKeystore.Default.TryGetSigner(Identity.Eui64.Parse(DuisHost.Supplier), out var supplier).ShouldBeTrue();
        var signed = OriginatorSigning.Sign(Templates.UpdateFirmware(DuisHost.Esme), DuisKeystore.Default, _ => null).Xml!;

        AdapterSignatureCheck.Verify(signed, supplier.PublicKey).ShouldBeTrue();
        AdapterSignatureCheck.Verify(signed, acb.PublicKey).ShouldBeFalse();
    }

    [Fact]
    public async Task Start_WhenVerificationTurnedOff_AcceptsUnsignedRequestsAndWarns()
    {
        var logs = new ListLoggerProvider();
        await using var host = await DuisHost.StartAsync("MP105", verifySignatures: false, logs: logs);
        await host.LoadDevicesAsync();

        (await host.SendAsync(Templates.ReadFirmwareEsme, sign: false)).Code.ShouldBe("I99");
        logs.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("Duis:VerifySignatures is false", StringComparison.Ordinal));
    }
}
