namespace SecChange.Dcc.Signing;

/// <summary>The XMLDSig algorithm identifiers DUIS uses, and the only ones the model accepts.</summary>
public static class XmlDsigAlgorithms
{
    public const string ExclusiveCanonicalization = "http://www.w3.org/2001/10/xml-exc-c14n#";

    public const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

    public const string EnvelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
}
