using System.Text;
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

    private const string DigestMarker = "DIGEST";

    // The exclusive canonical form of the template's SignedInfo, split where the digest goes. It is what the
    // framework's canonicalizer makes of the template (computed once), and it does not depend on where the
    // signature stands: exclusive canonicalization renders only the ds: declaration SignedInfo uses, and a
    // base64 digest needs no escaping. So each signature canonicalizes nothing but the document itself.
    private static readonly (byte[] Before, byte[] After) CanonicalSignedInfo = SplitCanonicalSignedInfo();

    // The template's SignedInfo as markup, split the same way: a received SignedInfo with exactly this markup
    // (prefix ds: bound to XMLDSig) has exactly the canonical form above.
    private static readonly (string Before, string After) SignedInfoMarkup = SplitSignedInfoMarkup();

    // Each thread parses the template once and copies it into the documents it signs.
    [ThreadStatic]
    private static XmlDocument? _template;

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
        Descendant(signature, "X509IssuerName").InnerText = signer.IssuerName;
        Descendant(signature, "X509SerialNumber").InnerText = signer.SerialNumber;

        var before = signature.NextSibling;
        root.RemoveChild(signature);
        var digest = Convert.ToBase64String(Canonicalizer.DigestDocument(document));
        root.InsertBefore(signature, before);
        Descendant(signature, "DigestValue").InnerText = digest;

        var value = signer.Sign(SignedInfoBytes(digest));
        Child(signature, "SignatureValue").InnerText = Convert.ToBase64String(value);
    }

    /// <summary>The exclusive canonical bytes of the template's SignedInfo carrying <paramref name="digest"/> (base64).</summary>
    internal static byte[] SignedInfoBytes(string digest)
    {
        var (before, after) = CanonicalSignedInfo;
        var bytes = new byte[before.Length + digest.Length + after.Length];
        before.CopyTo(bytes, 0);
        Encoding.ASCII.GetBytes(digest, bytes.AsSpan(before.Length));
        after.CopyTo(bytes, before.Length + digest.Length);
        return bytes;
    }

    /// <summary>
    /// The exclusive canonical bytes of a received SignedInfo: taken from the template when its markup is the
    /// template's with <paramref name="digest"/>, as every signature this model makes is, else canonicalized.
    /// </summary>
    internal static byte[] CanonicalBytes(XmlElement signedInfo, string digest)
    {
        var (before, after) = SignedInfoMarkup;
        var markup = signedInfo.OuterXml;
        var isTemplate = markup.Length == before.Length + digest.Length + after.Length &&
                         markup.StartsWith(before, StringComparison.Ordinal) && markup.EndsWith(after, StringComparison.Ordinal) &&
                         string.CompareOrdinal(markup, before.Length, digest, 0, digest.Length) == 0;
        return isTemplate ? SignedInfoBytes(digest) : Canonicalizer.ExclusiveElement(signedInfo);
    }

    private static (byte[] Before, byte[] After) SplitCanonicalSignedInfo()
    {
        var (before, after) = SplitAtDigest(signedInfo => Encoding.UTF8.GetString(Canonicalizer.ExclusiveElement(signedInfo)));
        return (Encoding.UTF8.GetBytes(before), Encoding.UTF8.GetBytes(after));
    }

    private static (string Before, string After) SplitSignedInfoMarkup() => SplitAtDigest(signedInfo => signedInfo.OuterXml);

    private static (string Before, string After) SplitAtDigest(Func<XmlElement, string> render)
    {
        var template = ParseTemplate();
        Descendant(template.DocumentElement!, "DigestValue").InnerText = DigestMarker;
        var text = render(Child(template.DocumentElement!, "SignedInfo"));
        var at = text.IndexOf(DigestMarker, StringComparison.Ordinal);
        return (text[..at], text[(at + DigestMarker.Length)..]);
    }

    private static XmlDocument ParseTemplate()
    {
        var template = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        template.LoadXml(Template);
        return template;
    }

    private static XmlElement ReplaceSignature(XmlDocument document, XmlElement root)
    {
        var existing = root.ChildNodes.OfType<XmlElement>().Where(IsSignature).ToList();
        _template ??= ParseTemplate();
        var signature = (XmlElement)document.ImportNode(_template.DocumentElement!, deep: true);
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
