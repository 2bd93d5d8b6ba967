namespace SecChange.Dcc.Signing;

/// <summary>The outcome of checking a DUIS request's signature and originator counter.</summary>
public enum SignatureCheck
{
    /// <summary>Signed by a certificate of the originator, signature and digest verify, counter fresh.</summary>
    Valid = 0,

    /// <summary>No ds:Signature, or more than one.</summary>
    Missing,

    /// <summary>A signature with algorithms or a reference other than DUIS's (exclusive c14n, ECDSA P-256/SHA-256, enveloped, URI="").</summary>
    Unsupported,

    /// <summary>The certificate the signature names is not one of the originator's.</summary>
    UnknownCertificate,

    /// <summary>The digest or the signature value does not verify: the message was changed or signed by another key.</summary>
    BadSignature,

    /// <summary>The originator counter is not greater than the last one accepted from that originator.</summary>
    ReplayedCounter,
}
