using NodaTime;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;
using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Duis;

/// <summary>An asynchronous DUIS message for one DCC User, ready to deliver.</summary>
/// <param name="Recipient">The User id it is for.</param>
/// <param name="Kind">"response" or "alert".</param>
/// <param name="Code">The response code or DCC Alert code.</param>
/// <param name="Xml">The DUIS XML.</param>
public sealed record OutboundDuis(Eui64 Recipient, string Kind, string Code, string Xml);

/// <summary>The result of one DUIS request: the synchronous answer and the asynchronous messages it caused.</summary>
/// <param name="ParseError">Why the body is not a DUIS request; <see cref="DuisParseError.None"/> when it is.</param>
/// <param name="ErrorMessage">The parse error in words.</param>
/// <param name="Code">The synchronous response code, when parsed.</param>
/// <param name="ResponseXml">The synchronous DUIS response, when parsed.</param>
/// <param name="Outbound">Responses and alerts to deliver asynchronously.</param>
public sealed record DuisExchange(
    DuisParseError ParseError, string? ErrorMessage, ResponseCode? Code, string? ResponseXml, IReadOnlyList<OutboundDuis> Outbound)
{
    /// <summary>Why the request's signature or counter was refused; <see cref="SignatureCheck.Valid"/> when accepted or not checked.</summary>
    public SignatureCheck Authentication { get; init; }
}

/// <summary>
/// DUIS XML in, DUIS XML out over a <see cref="DccSystem"/>: parse, validate, authorise, run, serialise.
/// Thread-safe: parsing and writing run in parallel, the model itself under one lock.
/// </summary>
public sealed class DuisGateway
{
    private readonly Lock _gate = new();
    private readonly IClock _clock;
    private ulong _alertCounter;

    /// <param name="system">The model.</param>
    /// <param name="clock">The clock of response times.</param>
    /// <param name="security">Request verification and response signing; none when null.</param>
    public DuisGateway(DccSystem system, IClock clock, DuisSecurity? security = null)
    {
        System = system ?? throw new ArgumentNullException(nameof(system));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Security = security;
    }

    /// <summary>Request verification and response signing, when configured.</summary>
    public DuisSecurity? Security { get; }

    /// <summary>The model behind the gateway. Lock on <see cref="SyncRoot"/> to touch it from another thread.</summary>
    public DccSystem System { get; }

    /// <summary>The lock that serialises access to <see cref="System"/>.</summary>
    public Lock SyncRoot => _gate;

    /// <summary>Processes one DUIS request document.</summary>
    public DuisExchange Process(string xml)
    {
        var parsed = DuisRequestParser.Parse(xml);
        return Process(parsed, () => new StringReader(xml));
    }

    /// <summary>Processes one DUIS request read from a seekable stream (it is read again to check the signature).</summary>
    public DuisExchange Process(Stream body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.CanSeek)
        {
            throw new ArgumentException("The request stream must be seekable: buffer the body first.", nameof(body));
        }

        var start = body.Position;
        var parsed = DuisRequestParser.Parse(body);
        return Process(parsed, () =>
        {
            body.Position = start;
            return new StreamReader(body, leaveOpen: true);
        });
    }

    private DuisExchange Process(DuisParseResult parsed, Func<TextReader> text)
    {
        if (!parsed.Success)
        {
            return new DuisExchange(parsed.Error, parsed.Message, null, null, []);
        }

        var request = parsed.Request!;
        if (Security is { VerifiesRequests: true } security)
        {
            using var reader = text();
            var check = security.Authenticate(reader, request.RequestId);
            if (check != SignatureCheck.Valid)
            {
                // DUIS publishes no code of its own for these; E1 says the request's User could not be established.
                var refusal = DuisResponseWriter.Acknowledgement(request.RequestId, ResponseCode.E1, request.ServiceReference,
                    request.ServiceReferenceVariant, _clock.GetCurrentInstant());
                return new DuisExchange(DuisParseError.None, null, ResponseCode.E1, security.Sign(refusal), []) { Authentication = check };
            }
        }

        return Process(request);
    }

    /// <summary>Processes a parsed request.</summary>
    public DuisExchange Process(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outbox = new ListOutbox();
        ResponseCode code;
        ulong firstAlert;
        lock (_gate)
        {
            code = System.Submit(request, outbox);
            var alerts = (ulong)outbox.Messages.Count(m => m is DccAlert);
            firstAlert = _alertCounter;
            _alertCounter += alerts;
        }

        var sync = Sign(DuisResponseWriter.Acknowledgement(request.RequestId, code, request.ServiceReference,
            request.ServiceReferenceVariant, _clock.GetCurrentInstant()));
        if (outbox.Messages.Count == 0)
        {
            return new DuisExchange(DuisParseError.None, null, code, sync, []);
        }

        var outbound = new List<OutboundDuis>(outbox.Messages.Count);
        foreach (var message in outbox.Messages)
        {
            outbound.Add(message switch
            {
                ServiceResponse r => new OutboundDuis(r.Recipient, "response", r.Code.Text(), Sign(DuisResponseWriter.Response(r))),
                DccAlert a => new OutboundDuis(a.Recipient, "alert", a.Code, Sign(DuisResponseWriter.Alert(a, ++firstAlert))),
                _ => throw new InvalidOperationException($"Unknown outbound message {message.GetType().Name}."),
            });
        }

        return new DuisExchange(DuisParseError.None, null, code, sync, outbound);
    }

    private string Sign(string xml) => Security is null ? xml : Security.Sign(xml);
}
