using System.Security.Cryptography;
using System.Xml;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Signing;

/// <summary>
/// Verifies the enveloped XMLDSig signature of a DUIS document against a certificate of its originator
/// from a <see cref="DuisKeystore"/>. Strict: only DUIS's algorithms are accepted, and the one Reference
/// must cover the whole document, so nothing outside the signed content can be slipped in.
/// </summary>
public sealed class DuisSignatureVerifier(DuisKeystore keystore)
{
    private readonly DuisKeystore _keystore = keystore ?? throw new ArgumentNullException(nameof(keystore));

    /// <summary>Checks a document held in a string; never throws on bad input.</summary>
    public SignatureCheck Verify(string xml, Eui64 originator)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        return Verify(text, originator);
    }

    /// <summary>Checks a document read from a text reader; never throws on bad input.</summary>
    public SignatureCheck Verify(TextReader xml, Eui64 originator)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            return VerifyCore(Canonicalizer.Load(xml), originator);
        }
        catch (XmlException)
        {
            return SignatureCheck.Missing;
        }
        catch (FormatException)
        {
            return SignatureCheck.BadSignature;
        }
    }

    private SignatureCheck VerifyCore(XmlDocument document, Eui64 originator)
    {
        var root = document.DocumentElement!;
        var signatures = root.ChildNodes.OfType<XmlElement>().Where(DuisSigner.IsSignature).ToList();
        if (signatures.Count != 1)
        {
            return SignatureCheck.Missing;
        }

        var signature = signatures[0];
        var signedInfo = DuisSigner.Child(signature, "SignedInfo");
        if (!UsesDuisAlgorithms(signedInfo, out var digestValue, out var exclusiveDigest))
        {
            return SignatureCheck.Unsupported;
        }

        var serial = Descend(signature, "KeyInfo", "X509Data", "X509IssuerSerial", "X509SerialNumber");
        if (serial is null || !_keystore.TryFindCertificate(originator, serial.InnerText, out var certificate))
        {
            return SignatureCheck.UnknownCertificate;
        }

        var signedBytes = DuisSigner.CanonicalBytes(signedInfo, digestValue);
        var value = Convert.FromBase64String(DuisSigner.Child(signature, "SignatureValue").InnerText.Trim());
        root.RemoveChild(signature);
        var digest = Canonicalizer.DigestDocument(document, exclusiveDigest);
        var expected = Convert.FromBase64String(digestValue);
        var verified = CryptographicOperations.FixedTimeEquals(digest, expected) &&
                       certificate.PublicKey.VerifyData(signedBytes, value, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return verified ? SignatureCheck.Valid : SignatureCheck.BadSignature;
    }

    private static bool UsesDuisAlgorithms(XmlElement signedInfo, out string digestValue, out bool exclusiveDigest)
    {
        digestValue = "";
        exclusiveDigest = false;
        var references = Children(signedInfo, "Reference").ToList();
        if (Algorithm(signedInfo, "CanonicalizationMethod") != XmlDsigAlgorithms.ExclusiveCanonicalization ||
            Algorithm(signedInfo, "SignatureMethod") != XmlDsigAlgorithms.EcdsaSha256 ||
            references.Count != 1)
        {
            return false;
        }

        var reference = references[0];
        var transformList = Descend(reference, "Transforms");
        var transforms = transformList is null ? [] : Children(transformList, "Transform").Select(t => t.GetAttribute("Algorithm")).ToList();
        var transformsOk = transforms.Count > 0 && transforms[0] == XmlDsigAlgorithms.EnvelopedSignature &&
                           transforms.Skip(1).All(t => t == XmlDsigAlgorithms.ExclusiveCanonicalization) && transforms.Count <= 2;
        if (!reference.HasAttribute("URI") || reference.GetAttribute("URI").Length != 0 || !transformsOk ||
            Algorithm(reference, "DigestMethod") != XmlDsigAlgorithms.Sha256)
        {
            return false;
        }

        exclusiveDigest = transforms.Count == 2;
        digestValue = Descend(reference, "DigestValue")?.InnerText.Trim() ?? "";
        return digestValue.Length > 0;
    }

    private static string? Algorithm(XmlElement parent, string localName) => Descend(parent, localName)?.GetAttribute("Algorithm");

    private static IEnumerable<XmlElement> Children(XmlElement parent, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == localName && e.NamespaceURI == Duis.DuisNamespaces.XmlDsig);

    // The first XMLDSig child at each step, as the XPath "ds:a/ds:b/..." selects it.
    private static XmlElement? Descend(XmlElement from, params string[] localNames)
    {
        XmlElement? at = from;
        foreach (var name in localNames)
        {
            at = at is null ? null : Children(at, name).FirstOrDefault();
        }

        return at;
    }
}
