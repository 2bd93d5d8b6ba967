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
/// DUIS XML in, DUIS XML out over the DSP: parse, verify, validate, authorise, run, serialise. Thread-safe:
/// parsing, verifying and writing run in parallel, and the DSP serialises only requests for the same partition.
/// </summary>
public sealed class DuisGateway
{
    private readonly IClock _clock;
    private long _alertCounter;

    /// <param name="dsp">The DSP, in this process or across a cluster.</param>
    /// <param name="clock">The clock of response times.</param>
    /// <param name="security">Request verification and response signing; none when null.</param>
    public DuisGateway(IDccService dsp, IClock clock, DuisSecurity? security = null)
    {
        Dsp = dsp ?? throw new ArgumentNullException(nameof(dsp));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Security = security;
    }

    /// <summary>A gateway over one <see cref="DccSystem"/> (a single partition).</summary>
    public DuisGateway(DccSystem system, IClock clock, DuisSecurity? security = null)
        : this(new PartitionedDccSystem(system), clock, security)
    {
    }

    /// <summary>Request verification and response signing, when configured.</summary>
    public DuisSecurity? Security { get; }

    /// <summary>The DSP behind the gateway.</summary>
    public IDccService Dsp { get; }

    /// <summary>Processes one DUIS request document.</summary>
    public DuisExchange Process(string xml) => Wait(ProcessAsync(xml));

    /// <summary>Processes one DUIS request read from a stream, which must be seekable when requests are verified.</summary>
    public DuisExchange Process(Stream body) => Wait(ProcessAsync(body));

    /// <summary>Processes a parsed request.</summary>
    public DuisExchange Process(ServiceRequest request) => Wait(ProcessAsync(request));

    /// <summary>Processes one DUIS request document, waiting for the DSP without blocking a thread.</summary>
    public ValueTask<DuisExchange> ProcessAsync(string xml) =>
        ProcessAsync(DuisRequestParser.Parse(xml), () => new StringReader(xml));

    /// <summary>Processes one DUIS request read from a stream (seekable when requests are verified).</summary>
    public ValueTask<DuisExchange> ProcessAsync(Stream body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.CanSeek)
        {
            throw new ArgumentException("The request stream must be seekable: buffer the body first.", nameof(body));
        }

        var start = body.Position;
        var parsed = DuisRequestParser.Parse(body);
        return ProcessAsync(parsed, () =>
        {
            body.Position = start;
            return new StreamReader(body, leaveOpen: true);
        });
    }

    private ValueTask<DuisExchange> ProcessAsync(DuisParseResult parsed, Func<TextReader> text)
    {
        if (!parsed.Success)
        {
            return ValueTask.FromResult(new DuisExchange(parsed.Error, parsed.Message, null, null, []));
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
                return ValueTask.FromResult(new DuisExchange(DuisParseError.None, null, ResponseCode.E1, security.Sign(refusal), []) { Authentication = check });
            }
        }

        return ProcessAsync(request);
    }

    /// <summary>Processes a parsed request.</summary>
    public async ValueTask<DuisExchange> ProcessAsync(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await Dsp.SubmitAsync(request);
        var code = result.Code;
        var sync = Sign(DuisResponseWriter.Acknowledgement(request.RequestId, code, request.ServiceReference,
            request.ServiceReferenceVariant, _clock.GetCurrentInstant()));
        if (result.Messages.Count == 0)
        {
            return new DuisExchange(DuisParseError.None, null, code, sync, []);
        }

        var alerts = result.Messages.Count(m => m is DccAlert);
        var alertNumber = (ulong)(Interlocked.Add(ref _alertCounter, alerts) - alerts);
        var outbound = new List<OutboundDuis>(result.Messages.Count);
        foreach (var message in result.Messages)
        {
            outbound.Add(message switch
            {
                ServiceResponse r => new OutboundDuis(r.Recipient, "response", r.Code.Text(), Sign(DuisResponseWriter.Response(r))),
                DccAlert a => new OutboundDuis(a.Recipient, "alert", a.Code, Sign(DuisResponseWriter.Alert(a, ++alertNumber))),
                _ => throw new InvalidOperationException($"Unknown outbound message {message.GetType().Name}."),
            });
        }

        return new DuisExchange(DuisParseError.None, null, code, sync, outbound);
    }

    private string Sign(string xml) => Security is null ? xml : Security.Sign(xml);

    // In-process DSPs complete synchronously; a cluster's callers use the async methods.
    private static DuisExchange Wait(ValueTask<DuisExchange> pending) =>
        pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
}
