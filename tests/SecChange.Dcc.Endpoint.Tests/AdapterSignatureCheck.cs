using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>
/// Verifies a DUIS message's signature the way a DCC User's .NET adapter would: with the framework's
/// <see cref="SignedXml"/> (independent of the endpoint's own verifier), against a certificate's public key.
/// SignedXml knows RSA and DSA only, so ECDSA-SHA256 is registered here with a small SignatureDescription.
/// </summary>
public static class AdapterSignatureCheck
{
    private const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

    static AdapterSignatureCheck() => CryptoConfig.AddAlgorithm(typeof(EcdsaSha256Description), EcdsaSha256);

    public static bool Verify(string xml, ECDsa publicKey)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        var signature = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl).OfType<XmlElement>().Single();
        var signed = new SignedXml(document);
        signed.LoadXml(signature);
        return signed.SignatureMethod == EcdsaSha256 && signed.CheckSignature(publicKey);
    }

    /// <summary>ECDSA with SHA-256, the signature as r||s (XMLDSig-more).</summary>
    public sealed class EcdsaSha256Description : SignatureDescription
    {
        public EcdsaSha256Description()
        {
            KeyAlgorithm = typeof(ECDsa).AssemblyQualifiedName;
            DigestAlgorithm = typeof(SHA256).AssemblyQualifiedName;
        }

        public override HashAlgorithm CreateDigest() => SHA256.Create();

        public override AsymmetricSignatureDeformatter CreateDeformatter(AsymmetricAlgorithm key) => new Deformatter((ECDsa)key);

        public override AsymmetricSignatureFormatter CreateFormatter(AsymmetricAlgorithm key) => throw new NotSupportedException("Verification only.");
    }

    private sealed class Deformatter(ECDsa key) : AsymmetricSignatureDeformatter
    {
        public override void SetKey(AsymmetricAlgorithm key) => throw new NotSupportedException();

        public override void SetHashAlgorithm(string strName)
        {
        }

        public override bool VerifySignature(byte[] rgbHash, byte[] rgbSignature) => key.VerifyHash(rgbHash, rgbSignature);
    }
}
