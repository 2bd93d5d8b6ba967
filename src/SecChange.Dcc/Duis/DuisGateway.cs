using NodaTime;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Processing;
using SecChange.Dcc.Requests;

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
    DuisParseError ParseError, string? ErrorMessage, ResponseCode? Code, string? ResponseXml, IReadOnlyList<OutboundDuis> Outbound);

/// <summary>
/// DUIS XML in, DUIS XML out over a <see cref="DccSystem"/>: parse, validate, authorise, run, serialise.
/// Thread-safe: parsing and writing run in parallel, the model itself under one lock.
/// </summary>
public sealed class DuisGateway
{
    private readonly Lock _gate = new();
    private readonly IClock _clock;
    private ulong _alertCounter;

    public DuisGateway(DccSystem system, IClock clock)
    {
        System = system ?? throw new ArgumentNullException(nameof(system));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The model behind the gateway. Lock on <see cref="SyncRoot"/> to touch it from another thread.</summary>
    public DccSystem System { get; }

    /// <summary>The lock that serialises access to <see cref="System"/>.</summary>
    public Lock SyncRoot => _gate;

    /// <summary>Processes one DUIS request document.</summary>
    public DuisExchange Process(string xml)
    {
        var parsed = DuisRequestParser.Parse(xml);
        return parsed.Success
            ? Process(parsed.Request!)
            : new DuisExchange(parsed.Error, parsed.Message, null, null, []);
    }

    /// <summary>Processes one DUIS request read from a stream.</summary>
    public DuisExchange Process(Stream body)
    {
        var parsed = DuisRequestParser.Parse(body);
        return parsed.Success
            ? Process(parsed.Request!)
            : new DuisExchange(parsed.Error, parsed.Message, null, null, []);
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

        var sync = DuisResponseWriter.Acknowledgement(request.RequestId, code, request.ServiceReference,
            request.ServiceReferenceVariant, _clock.GetCurrentInstant());
        if (outbox.Messages.Count == 0)
        {
            return new DuisExchange(DuisParseError.None, null, code, sync, []);
        }

        var outbound = new List<OutboundDuis>(outbox.Messages.Count);
        foreach (var message in outbox.Messages)
        {
            outbound.Add(message switch
            {
                ServiceResponse r => new OutboundDuis(r.Recipient, "response", r.Code.Text(), DuisResponseWriter.Response(r)),
                DccAlert a => new OutboundDuis(a.Recipient, "alert", a.Code, DuisResponseWriter.Alert(a, ++firstAlert)),
                _ => throw new InvalidOperationException($"Unknown outbound message {message.GetType().Name}."),
            });
        }

        return new DuisExchange(DuisParseError.None, null, code, sync, outbound);
    }
}
