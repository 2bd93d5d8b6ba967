using SecChange.Dcc.Identity;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Signing;

/// <summary>
/// The DSP's message security: verifies each request's signature against its originator's certificate
/// and its originator counter against replay, and signs what the DSP sends with the Access Control
/// Broker's key. Thread-safe.
/// </summary>
public sealed class DuisSecurity
{
    private readonly DuisSignatureVerifier _verifier;
    private readonly long[] _failures = new long[Enum.GetValues<SignatureCheck>().Length];

    /// <param name="keystore">Certificates of the DCC Users and of the DCC.</param>
    /// <param name="verifyRequests">False only for adapter testing with unsigned messages.</param>
    /// <param name="signResponses">Whether responses and DCC Alerts are signed.</param>
    public DuisSecurity(DuisKeystore keystore, bool verifyRequests = true, bool signResponses = true)
    {
        ArgumentNullException.ThrowIfNull(keystore);
        _verifier = new DuisSignatureVerifier(keystore);
        VerifiesRequests = verifyRequests;
        if (signResponses)
        {
            ResponseSigner = keystore.TryGetSigner(WellKnownIds.DccAccessControlBroker, out var acb)
                ? acb
                : throw new InvalidOperationException("The keystore has no signing key for the DCC Access Control Broker.");
        }
    }

    public bool VerifiesRequests { get; }

    /// <summary>The Access Control Broker's certificate and key; null when responses go unsigned.</summary>
    public SigningIdentity? ResponseSigner { get; }

    /// <summary>The last accepted counter per originator.</summary>
    public OriginatorCounters Counters { get; } = new();

    /// <summary>Requests refused, by reason.</summary>
    public IReadOnlyDictionary<string, long> Failures =>
        Enum.GetValues<SignatureCheck>().Where(c => c != SignatureCheck.Valid)
            .ToDictionary(c => c.ToString(), c => Interlocked.Read(ref _failures[(int)c]));

    /// <summary>
    /// Checks a request whose text <paramref name="xml"/> reads: signature first, then (only for a
    /// signature that verifies) the originator counter, which it then consumes.
    /// </summary>
    public SignatureCheck Authenticate(TextReader xml, RequestId requestId)
    {
        var check = _verifier.Verify(xml, requestId.Originator);
        if (check == SignatureCheck.Valid && !Counters.TryAdvance(requestId.Originator, requestId.Counter))
        {
            check = SignatureCheck.ReplayedCounter;
        }

        if (check != SignatureCheck.Valid)
        {
            Interlocked.Increment(ref _failures[(int)check]);
        }

        return check;
    }

    /// <summary>Signs an outgoing message with the Access Control Broker's key (unchanged when unsigned).</summary>
    public string Sign(string xml) => ResponseSigner is null ? xml : DuisSigner.Sign(xml, ResponseSigner);
}
