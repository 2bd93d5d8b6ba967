using System.Xml;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Signing;

/// <summary>Why a request could not be signed.</summary>
public enum SigningError
{
    None = 0,

    /// <summary>The text is not a DUIS request.</summary>
    NotARequest,

    /// <summary>The keystore has no signing key for the originator in the RequestID.</summary>
    UnknownOriginator,
}

/// <summary>A request signed as its originator, or why not.</summary>
/// <param name="Xml">The signed request.</param>
/// <param name="RequestId">Its RequestID, with the counter it was signed with.</param>
/// <param name="CounterChanged">Whether the counter was raised to keep it strictly increasing.</param>
/// <param name="Error">Why it was not signed.</param>
/// <param name="Message">The error in words.</param>
public sealed record SignedRequest(string? Xml, RequestId RequestId, bool CounterChanged, SigningError Error, string? Message)
{
    public bool Success => Error == SigningError.None;
}

/// <summary>
/// Signs a DUIS request as the originator its RequestID names (what a DCC User's adapter does before
/// sending), raising the originator counter above the last one used when it is not already greater.
/// </summary>
public static class OriginatorSigning
{
    /// <summary>Signs <paramref name="xml"/>; <paramref name="lastCounter"/> is the originator's last counter used, if any.</summary>
    public static SignedRequest Sign(string xml, DuisKeystore keystore, Func<RequestId, ulong?> lastCounter)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(keystore);
        ArgumentNullException.ThrowIfNull(lastCounter);
        var parsed = DuisRequestParser.Parse(xml);
        if (!parsed.Success)
        {
            return new SignedRequest(null, default, false, SigningError.NotARequest, $"Not a DUIS request ({parsed.Error}): {parsed.Message}");
        }

        var id = parsed.Request!.RequestId;
        if (!keystore.TryGetSigner(id.Originator, out var signer))
        {
            return new SignedRequest(null, id, false, SigningError.UnknownOriginator, DccMessages.NoSigningKey(id.Originator.ToString()));
        }

        var last = lastCounter(id);
        var counter = last is { } l && id.Counter <= l ? l + 1 : id.Counter;
        using var text = new StringReader(xml);
        var document = Canonicalizer.Load(text);
        var signedId = id with { Counter = counter };
        if (counter != id.Counter)
        {
            var element = document.GetElementsByTagName("RequestID", DuisNamespaces.ServiceUserGateway).OfType<XmlElement>().Single();
            element.InnerText = signedId.ToString();
        }

        DuisSigner.Sign(document, signer);
        return new SignedRequest(document.OuterXml, signedId, counter != id.Counter, SigningError.None, null);
    }
}
