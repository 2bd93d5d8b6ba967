using System.Xml;
using SecChange.Dcc.Duis;

namespace SecChange.Dcc.Signing;

/// <summary>
/// Signs DUIS XML as DUIS specifies: an enveloped XMLDSig signature over the whole document
/// (<c>Reference URI=""</c>), exclusive canonicalization, ECDSA P-256 with SHA-256, and the signer's
/// certificate named by issuer and serial number. The <c>ds:Signature</c> has the shape of the DCC's
/// reference messages and takes the place of any signature (or placeholder) already there.
/// </summary>
public static class DuisSigner
{
    private const string Ds = DuisNamespaces.XmlDsig;

    // The reference messages' signature, with the values to fill in left empty.
    private const string Template =
        "<ds:Signature xmlns:ds=\"" + Ds + "\" xmlns=\"" + Ds + "\">\n" +
        "    <ds:SignedInfo>\n" +
        "      <ds:CanonicalizationMethod Algorithm=\"" + XmlDsigAlgorithms.ExclusiveCanonicalization + "\"/>\n" +
        "      <ds:SignatureMethod Algorithm=\"" + XmlDsigAlgorithms.EcdsaSha256 + "\"/>\n" +
        "      <ds:Reference URI=\"\">\n" +
        "        <ds:Transforms>\n" +
        "          <ds:Transform Algorithm=\"" + XmlDsigAlgorithms.EnvelopedSignature + "\"/>\n" +
        "        </ds:Transforms>\n" +
        "        <ds:DigestMethod Algorithm=\"" + XmlDsigAlgorithms.Sha256 + "\"/>\n" +
        "        <ds:DigestValue></ds:DigestValue>\n" +
        "      </ds:Reference>\n" +
        "    </ds:SignedInfo>\n" +
        "    <ds:SignatureValue></ds:SignatureValue>\n" +
        "    <ds:KeyInfo>\n" +
        "      <ds:X509Data>\n" +
        "        <ds:X509IssuerSerial>\n" +
        "          <ds:X509IssuerName></ds:X509IssuerName>\n" +
        "          <ds:X509SerialNumber></ds:X509SerialNumber>\n" +
        "        </ds:X509IssuerSerial>\n" +
        "      </ds:X509Data>\n" +
        "    </ds:KeyInfo>\n" +
        "  </ds:Signature>";

    /// <summary>Signs a DUIS document held in a string and returns the signed document.</summary>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    public static string Sign(string xml, SigningIdentity signer)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(signer);
        using var text = new StringReader(xml);
        var document = Canonicalizer.Load(text);
        Sign(document, signer);
        return document.OuterXml;
    }

    /// <summary>Signs a loaded document in place.</summary>
    public static void Sign(XmlDocument document, SigningIdentity signer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(signer);
        var root = document.DocumentElement ?? throw new XmlException("The document has no root element.");
        var signature = ReplaceSignature(document, root);
        var signedInfo = Child(signature, "SignedInfo");
        Descendant(signature, "X509IssuerName").InnerText = signer.IssuerName;
        Descendant(signature, "X509SerialNumber").InnerText = signer.SerialNumber;

        var before = signature.NextSibling;
        root.RemoveChild(signature);
        var digest = Canonicalizer.DigestDocument(document);
        root.InsertBefore(signature, before);
        Descendant(signedInfo, "DigestValue").InnerText = Convert.ToBase64String(digest);

        var value = signer.Sign(Canonicalizer.ExclusiveElement(signedInfo));
        Child(signature, "SignatureValue").InnerText = Convert.ToBase64String(value);
    }

    private static XmlElement ReplaceSignature(XmlDocument document, XmlElement root)
    {
        var existing = root.ChildNodes.OfType<XmlElement>().Where(IsSignature).ToList();
        var fragment = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        fragment.LoadXml(Template);
        var signature = (XmlElement)document.ImportNode(fragment.DocumentElement!, deep: true);
        if (existing.Count > 0)
        {
            root.ReplaceChild(signature, existing[0]);
            foreach (var extra in existing.Skip(1))
            {
                root.RemoveChild(extra);
            }

            // The root declares ds: already in the reference messages; keep the element's own declaration only when it does not.
            if (root.GetNamespaceOfPrefix("ds") == Ds)
            {
                signature.RemoveAttribute("xmlns:ds");
            }

            return signature;
        }

        if (root.GetNamespaceOfPrefix("ds") == Ds)
        {
            signature.RemoveAttribute("xmlns:ds");
        }

        root.AppendChild(document.CreateWhitespace("  "));
        root.AppendChild(signature);
        root.AppendChild(document.CreateWhitespace("\n"));
        return signature;
    }

    internal static bool IsSignature(XmlElement element) =>
        element.LocalName == "Signature" && element.NamespaceURI == Ds;

    internal static XmlElement Child(XmlElement parent, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == localName && e.NamespaceURI == Ds)
        ?? throw new XmlException($"The signature lacks ds:{localName}.");

    private static XmlElement Descendant(XmlElement parent, string localName) =>
        parent.GetElementsByTagName(localName, Ds).OfType<XmlElement>().FirstOrDefault()
        ?? throw new XmlException($"The signature lacks ds:{localName}.");
}
