namespace SecChange.Dcc.Devices;

/// <summary>What an SR 11.3 activation did on the Device.</summary>
public enum ActivationOutcome : byte
{
    /// <summary>Not an activation.</summary>
    None = 0,

    /// <summary>A distributed image was activated now.</summary>
    Activated = 1,

    /// <summary>Nothing pending: the image was already active (a retried SR 11.3).</summary>
    AlreadyActive = 2,
}

/// <summary>What kind of answer a simulated Device gave.</summary>
public enum ReplyKind : byte
{
    /// <summary>A plain success payload.</summary>
    Generic = 0,

    /// <summary>The Device's own firmware version (SR 11.2 to ESME, GSME, CHF...).</summary>
    FirmwareVersion = 1,

    /// <summary>The GSME firmware version the GPF holds (SR 11.2 to a GPF).</summary>
    GsmeFirmwareViaGpf = 2,

    /// <summary>The result of an SR 11.3 activation.</summary>
    Activation = 3,

    /// <summary>IRP550's default "no events" response to SR 6.2.10 from a GSME.</summary>
    NoEventsDefault = 4,
}

/// <summary>A simulated Device's response to a Service Request.</summary>
/// <param name="Kind">What kind of answer it is.</param>
/// <param name="FirmwareVersion">The firmware version it reports; null when not available (often SMETS1 activation).</param>
/// <param name="Outcome">For SR 11.3, whether it activated now or was already active.</param>
public sealed record DeviceReply(ReplyKind Kind, string? FirmwareVersion, ActivationOutcome Outcome = ActivationOutcome.None);
