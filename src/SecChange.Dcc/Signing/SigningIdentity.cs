using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Signing;

/// <summary>
/// One XML-signing certificate of a DCC User or of the DCC, with its private key when the keystore has it.
/// </summary>
public sealed class SigningIdentity
{
    private readonly string? _privateKeyPem;

    // Importing the key costs more than signing with it; ECDsa instances are not documented thread-safe, so one per thread.
    private readonly ThreadLocal<ECDsa>? _signingKey;

    public SigningIdentity(Eui64 owner, string name, int role, string serialNumber, X509Certificate2 certificate, string? privateKeyPem)
    {
        Owner = owner;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Role = role;
        SerialNumber = serialNumber ?? throw new ArgumentNullException(nameof(serialNumber));
        Certificate = certificate ?? throw new ArgumentNullException(nameof(certificate));
        _privateKeyPem = privateKeyPem;
        _signingKey = privateKeyPem is null ? null : new ThreadLocal<ECDsa>(CreatePrivateKey);
        PublicKey = certificate.GetECDsaPublicKey() ?? throw new FormatException($"Certificate {name} has no ECDSA public key.");
    }

    /// <summary>The EUI-64 the certificate is issued to.</summary>
    public Eui64 Owner { get; }

    public string Name { get; }

    /// <summary>The SMKI certificate role code (135 a User's XML signing, 137 the DCC's).</summary>
    public int Role { get; }

    /// <summary>The certificate serial number in decimal, as XMLDSig's X509SerialNumber writes it.</summary>
    public string SerialNumber { get; }

    /// <summary>The issuer's distinguished name, as XMLDSig's X509IssuerName writes it.</summary>
    public string IssuerName => Certificate.IssuerName.Name;

    public X509Certificate2 Certificate { get; }

    public ECDsa PublicKey { get; }

    public bool CanSign => _privateKeyPem is not null;

    /// <summary>Signs data with the private key (ECDSA with SHA-256, the signature as r||s).</summary>
    public byte[] Sign(byte[] data)
    {
        if (_signingKey is null)
        {
            throw new InvalidOperationException($"The keystore holds no private key for {Name}.");
        }

        return _signingKey.Value!.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>A new ECDSA key holding the private key (the caller disposes it).</summary>
    public ECDsa CreatePrivateKey()
    {
        if (_privateKeyPem is null)
        {
            throw new InvalidOperationException($"The keystore holds no private key for {Name}.");
        }

        var key = ECDsa.Create();
        key.ImportFromPem(_privateKeyPem);
        return key;
    }
}
