using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Requests;

/// <summary>A DUIS Service Request as the DSP sees it after parsing.</summary>
/// <param name="RequestId">Originator (User id), target (Device, or the DCC for Non-Device requests) and counter.</param>
/// <param name="CommandVariant">1-8, see DUIS.</param>
/// <param name="ServiceReference">e.g. 11.2.</param>
/// <param name="ServiceReferenceVariant">e.g. 11.2, or 4.1.1.</param>
public sealed record ServiceRequest(RequestId RequestId, int CommandVariant, string ServiceReference, string ServiceReferenceVariant)
{
    /// <summary>The body's element name (e.g. ReadFirmwareVersion).</summary>
    public string? BodyElement { get; init; }

    /// <summary>The firmware version an SR 11.1 distributes.</summary>
    public string? FirmwareVersion { get; init; }

    /// <summary>The Devices an SR 11.1 names in its DeviceIDList.</summary>
    public IReadOnlyList<Eui64> DeviceIdList { get; init; } = [];

    /// <summary>A Device Service Request to one Device.</summary>
    public static ServiceRequest ToDevice(Eui64 user, Eui64 device, ulong counter, int commandVariant, string variant, string? serviceReference = null) =>
        new(new RequestId(user, device, counter), commandVariant, serviceReference ?? ReferenceOf(variant), variant);

    /// <summary>The Service Reference of a variant: 4.1.1 → 4.1; 11.2 → 11.2.</summary>
    public static string ReferenceOf(string variant)
    {
        var firstDot = variant.IndexOf('.', StringComparison.Ordinal);
        if (firstDot < 0)
        {
            return variant;
        }

        var secondDot = variant.IndexOf('.', firstDot + 1);
        return secondDot < 0 ? variant : variant[..secondDot];
    }
}
