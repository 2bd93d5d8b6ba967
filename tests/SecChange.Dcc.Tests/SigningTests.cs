using System.Xml.Linq;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Tests;

/// <summary>XMLDSig signatures on DUIS requests: signed as the originator, verified against its certificate.</summary>
public class SigningTests
{
    private static readonly XNamespace Ds = DuisNamespaces.XmlDsig;
    private static readonly DuisSignatureVerifier Verifier = new(DuisKeystore.Default);

    private static string ReadFirmware => ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");

    private static string SignAsOriginator(string xml, ulong? last = null)
    {
        var signed = OriginatorSigning.Sign(xml, DuisKeystore.Default, _ => last);
        signed.Error.ShouldBe(SigningError.None, signed.Message);
        return signed.Xml!;
    }

    [Fact]
    public void Verify_WhenReferenceMessageSignedAsItsOriginator_IsValid()
    {
        var signed = SignAsOriginator(ReadFirmware);

        Verifier.Verify(signed, Scenario.Supplier).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void Sign_WhenReferenceMessageHasPlaceholder_KeepsTheReferenceSignatureShape()
    {
        static IEnumerable<string> Shape(XElement signature) =>
            signature.DescendantsAndSelf().Select(e => $"{string.Join('/', e.AncestorsAndSelf().Reverse().Select(a => a.Name.LocalName))}" +
                                                       $"@{e.Attribute("Algorithm")?.Value}{e.Attribute("URI")?.Value}");

        var template = XDocument.Parse(ReadFirmware).Root!.Element(Ds + "Signature")!;
        var signed = XDocument.Parse(SignAsOriginator(ReadFirmware)).Root!;

        signed.Elements(Ds + "Signature").Count().ShouldBe(1);
        var signature = signed.Element(Ds + "Signature")!;
        Shape(signature).ShouldBe(Shape(template));
        signature.Descendants(Ds + "DigestValue").Single().Value.ShouldNotBe("ZGVmYXVsdA==");
        signature.Descendants(Ds + "X509SerialNumber").Single().Value.ShouldBe("27572613927499351639968579586655397031");
        Convert.FromBase64String(signature.Element(Ds + "SignatureValue")!.Value).Length.ShouldBe(64, "ECDSA P-256 r||s");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sign_WhenSignedInfoBytesPrecomputed_AreWhatTheCanonicalizerMakesOfTheSignedInfo(bool rootDeclaresDs)
    {
        // The reference request's root declares ds:, the DSP's own responses do not: the signed bytes must not depend on it.
        var xml = rootDeclaresDs ? ReadFirmware : DuisResponseWriter.Acknowledgement(
            new RequestId(Scenario.Supplier, Scenario.Esme, 1), ResponseCode.I99, "11.2", "11.2", Scenario.Start);
        DuisKeystore.Default.TryGetSigner(WellKnownIds.DccAccessControlBroker, out var broker).ShouldBeTrue();
        var document = new System.Xml.XmlDocument { PreserveWhitespace = true };
        document.LoadXml(DuisSigner.Sign(xml, broker));
        (document.DocumentElement!.GetNamespaceOfPrefix("ds") == DuisNamespaces.XmlDsig).ShouldBe(rootDeclaresDs);

        var signedInfo = document.GetElementsByTagName("SignedInfo", DuisNamespaces.XmlDsig).OfType<System.Xml.XmlElement>().Single();
        var digest = signedInfo.GetElementsByTagName("DigestValue", DuisNamespaces.XmlDsig)[0]!.InnerText;

        DuisSigner.SignedInfoBytes(digest).ShouldBe(Canonicalizer.ExclusiveElement(signedInfo));
        new DuisSignatureVerifier(DuisKeystore.Default).Verify(document.OuterXml, WellKnownIds.DccAccessControlBroker).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void Verify_WhenSignedInfoLaidOutOtherwise_CanonicalizesItAndChecksTheSignatureOverThat()
    {
        // Another signer's layout of SignedInfo: a blank line more. Signed over its own canonical form it verifies;
        // left with the signature made over the template's layout it does not.
        var document = new System.Xml.XmlDocument { PreserveWhitespace = true };
        document.LoadXml(SignAsOriginator(ReadFirmware));
        var signature = document.GetElementsByTagName("Signature", DuisNamespaces.XmlDsig).OfType<System.Xml.XmlElement>().Single();
        var signedInfo = (System.Xml.XmlElement)signature.GetElementsByTagName("SignedInfo", DuisNamespaces.XmlDsig)[0]!;
        signedInfo.InsertBefore(document.CreateWhitespace("\n"), signedInfo.FirstChild);
        Verifier.Verify(document.OuterXml, Scenario.Supplier).ShouldBe(SignatureCheck.BadSignature);

        DuisKeystore.Default.TryGetSigner(Scenario.Supplier, out var supplier).ShouldBeTrue();
        var value = supplier.Sign(Canonicalizer.ExclusiveElement(signedInfo));
        signature.GetElementsByTagName("SignatureValue", DuisNamespaces.XmlDsig)[0]!.InnerText = Convert.ToBase64String(value);
        Verifier.Verify(document.OuterXml, Scenario.Supplier).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void Verify_WhenPlaceholderSignatureOfReferenceMessage_IsUnknownCertificate()
    {
        Verifier.Verify(ReadFirmware, Scenario.Supplier).ShouldBe(SignatureCheck.UnknownCertificate);
    }

    [Theory]
    [InlineData("<sr:Body>", "<sr:Body><sr:Extra/>")]
    [InlineData("<sr:CommandVariant>1<", "<sr:CommandVariant>2<")]
    [InlineData("schemaVersion=\"5.4\"", "schemaVersion=\"5.5\"")]
    public void Verify_WhenSignedRequestChangedAfterwards_IsBadSignature(string find, string replace)
    {
        var signed = SignAsOriginator(ReadFirmware);
        var tampered = signed.Replace(find, replace, StringComparison.Ordinal);
        tampered.ShouldNotBe(signed);

        Verifier.Verify(tampered, Scenario.Supplier).ShouldBe(SignatureCheck.BadSignature);
    }

    [Fact]
    public void Verify_WhenSignatureValueForged_IsBadSignature()
    {
        var doc = XDocument.Parse(SignAsOriginator(ReadFirmware), LoadOptions.PreserveWhitespace);
        var value = doc.Root!.Element(Ds + "Signature")!.Element(Ds + "SignatureValue")!;
        var bytes = Convert.FromBase64String(value.Value);
        bytes[10] ^= 1;
        value.Value = Convert.ToBase64String(bytes);

        Verifier.Verify(doc.ToString(SaveOptions.DisableFormatting), Scenario.Supplier).ShouldBe(SignatureCheck.BadSignature);
    }

    [Fact]
    public void Verify_WhenSignedByAnotherUsersKey_IsUnknownCertificate()
    {
        // Signed honestly by the Supplier, then presented as if the Distributor sent it.
        var signed = SignAsOriginator(ReadFirmware);

        Verifier.Verify(signed, Scenario.Distributor).ShouldBe(SignatureCheck.UnknownCertificate);
    }

    [Fact]
    public void Verify_WhenNoSignatureOrTwo_IsMissing()
    {
        var unsigned = XDocument.Parse(ReadFirmware);
        unsigned.Root!.Element(Ds + "Signature")!.Remove();
        Verifier.Verify(unsigned.ToString(), Scenario.Supplier).ShouldBe(SignatureCheck.Missing);

        var twice = XDocument.Parse(SignAsOriginator(ReadFirmware));
        twice.Root!.Add(new XElement(twice.Root.Element(Ds + "Signature")!));
        Verifier.Verify(twice.ToString(), Scenario.Supplier).ShouldBe(SignatureCheck.Missing);
    }

    [Theory]
    [InlineData(XmlDsigAlgorithms.EcdsaSha256, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")]
    [InlineData(XmlDsigAlgorithms.ExclusiveCanonicalization, "http://www.w3.org/TR/2001/REC-xml-c14n-20010315")]
    [InlineData(XmlDsigAlgorithms.Sha256, "http://www.w3.org/2000/09/xmldsig#sha1")]
    [InlineData("URI=\"\"", "URI=\"#other\"")]
    public void Verify_WhenSignatureUsesOtherAlgorithmsOrReference_IsUnsupported(string find, string replace)
    {
        var signed = SignAsOriginator(ReadFirmware).Replace(find, replace, StringComparison.Ordinal);

        Verifier.Verify(signed, Scenario.Supplier).ShouldBe(SignatureCheck.Unsupported);
    }

    [Fact]
    public void Sign_WhenCounterNotAboveTheLastUsed_RaisesItAndSignsThat()
    {
        var signed = OriginatorSigning.Sign(ReadFirmware, DuisKeystore.Default, _ => 5000);

        signed.CounterChanged.ShouldBeTrue();
        signed.RequestId.Counter.ShouldBe(5001UL);
        signed.Xml!.ShouldContain("<sr:RequestID>90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:5001</sr:RequestID>");
        Verifier.Verify(signed.Xml!, Scenario.Supplier).ShouldBe(SignatureCheck.Valid);
        OriginatorSigning.Sign(ReadFirmware, DuisKeystore.Default, _ => 999).CounterChanged.ShouldBeFalse();
    }

    [Fact]
    public void Sign_WhenOriginatorHasNoSigningKeyOrTextIsNotDuis_SaysWhy()
    {
        var transporter = ReadFirmware.Replace("90-B3-D5-1F-30-01-00-00:", "90-B3-D5-1F-30-03-00-00:", StringComparison.Ordinal);
        var unknown = OriginatorSigning.Sign(transporter, DuisKeystore.Default, _ => null);
        unknown.Error.ShouldBe(SigningError.UnknownOriginator);
        unknown.Message!.ShouldContain("90-B3-D5-1F-30-03-00-00");

        OriginatorSigning.Sign("<not-duis/>", DuisKeystore.Default, _ => null).Error.ShouldBe(SigningError.NotARequest);
    }

    [Fact]
    public void TryAdvance_WhenCounterNotGreaterThanLast_IsRefusedPerOriginator()
    {
        var counters = new OriginatorCounters();
        counters.TryAdvance(Scenario.Supplier, 10).ShouldBeTrue();
        counters.TryAdvance(Scenario.Supplier, 10).ShouldBeFalse();
        counters.TryAdvance(Scenario.Supplier, 9).ShouldBeFalse();
        counters.TryAdvance(Scenario.Distributor, 1).ShouldBeTrue();
        counters.TryAdvance(Scenario.Supplier, 11).ShouldBeTrue();
        counters.Last(Scenario.Supplier).ShouldBe(11UL);
    }

    [Fact]
    public void Keystore_HasXmlSigningKeysOfTheReferenceUsersAndTheAccessControlBroker()
    {
        DuisKeystore.Default.TryGetSigner(Scenario.Supplier, out var supplier).ShouldBeTrue();
        supplier.Role.ShouldBe(DuisKeystore.UserXmlSigningRole);
        DuisKeystore.Default.TryGetSigner(Scenario.Distributor, out _).ShouldBeTrue();
        DuisKeystore.Default.TryGetSigner(WellKnownIds.DccAccessControlBroker, out var acb).ShouldBeTrue();
        acb.Role.ShouldBe(DuisKeystore.DccXmlSigningRole);
        DuisKeystore.Default.TryGetSigner(Scenario.Transporter, out _).ShouldBeFalse();
    }
}
