using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace SecChange.Dcc.Signing;

/// <summary>XML canonicalization (without comments) for DUIS signatures: of a whole document, or exclusive of one element in its context.</summary>
internal static class Canonicalizer
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 8 * 1024 * 1024,
    };

    /// <summary>Loads a document with whitespace kept (it is signed) and DTDs refused.</summary>
    /// <exception cref="XmlException">Not well-formed, or a DTD.</exception>
    public static XmlDocument Load(TextReader text)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(text, Safe);
        document.Load(reader);
        return document;
    }

    /// <summary>
    /// SHA-256 of the whole document as a Reference with URI="" digests it. The node-set the enveloped
    /// transform leaves is turned into octets by inclusive Canonical XML, as XMLDSig prescribes, unless
    /// the Reference names exclusive canonicalization as a further transform.
    /// </summary>
    public static byte[] DigestDocument(XmlDocument document, bool exclusive = false)
    {
        Transform transform = exclusive ? new XmlDsigExcC14NTransform(includeComments: false) : new XmlDsigC14NTransform(includeComments: false);
        transform.LoadInput(document);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        return SHA256.HashData(output);
    }

    /// <summary>
    /// The canonical bytes of <paramref name="element"/> as it stands in its document: it is copied into a
    /// document of its own with the namespace declarations it inherits, which exclusive canonicalization
    /// then keeps only where the element's content uses them.
    /// </summary>
    public static byte[] ExclusiveElement(XmlElement element)
    {
        var alone = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var copy = (XmlElement)alone.ImportNode(element, deep: true);
        alone.AppendChild(copy);
        for (var node = element.ParentNode; node is XmlElement ancestor; node = node.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                var isNamespace = attribute.Prefix == "xmlns" || attribute.Name == "xmlns";
                if (isNamespace && !copy.HasAttribute(attribute.Name))
                {
                    copy.SetAttributeNode((XmlAttribute)alone.ImportNode(attribute, deep: true));
                }
            }
        }

        var transform = new XmlDsigExcC14NTransform(includeComments: false);
        transform.LoadInput(alone);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        using var bytes = new MemoryStream();
        output.CopyTo(bytes);
        return bytes.ToArray();
    }
}
