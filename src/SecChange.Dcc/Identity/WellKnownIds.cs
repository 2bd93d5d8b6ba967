namespace SecChange.Dcc.Identity;

/// <summary>Ids the DCC itself uses on the DUIS interface.</summary>
public static class WellKnownIds
{
    /// <summary>
    /// The DCC Access Control Broker: the target of Non-Device Service Requests (Command Variant 8)
    /// and the originator of DCC Alerts. Taken from the DCC reference test messages.
    /// </summary>
    public static readonly Eui64 DccAccessControlBroker = new(0x90B3D51F30000002UL);
}
