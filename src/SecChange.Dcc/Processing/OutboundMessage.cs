using NodaTime;
using SecChange.Dcc.Devices;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Requests;

namespace SecChange.Dcc.Processing;

/// <summary>Something the DSP sends a DCC User asynchronously: a Service Response or a DCC Alert.</summary>
public abstract record OutboundMessage(Eui64 Recipient, Instant At);

/// <summary>An asynchronous Service Response (after the I99 acknowledgement).</summary>
/// <param name="RequestId">The request it answers.</param>
/// <param name="Code">I0 on success.</param>
/// <param name="ServiceReference">The request's Service Reference.</param>
/// <param name="ServiceReferenceVariant">The request's Service Reference Variant.</param>
/// <param name="Reply">What the Device answered, for Device Service Requests.</param>
public sealed record ServiceResponse(
    RequestId RequestId, ResponseCode Code, string ServiceReference, string ServiceReferenceVariant,
    DeviceReply? Reply, Eui64 Recipient, Instant At) : OutboundMessage(Recipient, At);

/// <summary>A DCC Alert (N-code) about a Device.</summary>
/// <param name="Code">e.g. N29.</param>
/// <param name="Device">The Device it concerns.</param>
/// <param name="Details">Name/value facts the alert carries (status restored, firmware versions).</param>
public sealed record DccAlert(
    string Code, Eui64 Device, IReadOnlyList<KeyValuePair<string, string>> Details, Eui64 Recipient, Instant At)
    : OutboundMessage(Recipient, At)
{
    /// <summary>N29: Device Restored from Suspension.</summary>
    public const string DeviceRestoredFromSuspension = "N29";

    /// <summary>N52: GSME Firmware Version Mismatch.</summary>
    public const string GsmeFirmwareVersionMismatch = "N52";

    /// <summary>The alert's name as DUIS gives it.</summary>
    public string Description => Code switch
    {
        DeviceRestoredFromSuspension => "Device Restored from Suspension",
        GsmeFirmwareVersionMismatch => "GSME Firmware Version Mismatch",
        _ => Code,
    };
}

/// <summary>Where the DSP puts what it sends asynchronously; the host delivers it.</summary>
public interface IOutbox
{
    void Deliver(OutboundMessage message);
}

/// <summary>An outbox that keeps every message, for hosts and tests.</summary>
public sealed class ListOutbox : IOutbox
{
    public List<OutboundMessage> Messages { get; } = [];

    public void Deliver(OutboundMessage message) => Messages.Add(message);

    public IEnumerable<DccAlert> Alerts => Messages.OfType<DccAlert>();

    public IEnumerable<ServiceResponse> Responses => Messages.OfType<ServiceResponse>();
}

/// <summary>An outbox that discards messages (the statistics still count them).</summary>
public sealed class NullOutbox : IOutbox
{
    public static readonly NullOutbox Instance = new();

    public void Deliver(OutboundMessage message)
    {
    }
}
