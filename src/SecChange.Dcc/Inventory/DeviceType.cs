namespace SecChange.Dcc.Inventory;

/// <summary>The kinds of Device the Smart Metering Inventory holds.</summary>
/// <remarks><see cref="None"/> is never a valid Device type; it marks an unset value.</remarks>
public enum DeviceType : byte
{
    None = 0,

    /// <summary>Electricity Smart Metering Equipment.</summary>
    ESME = 1,

    /// <summary>Gas Smart Metering Equipment.</summary>
    GSME = 2,

    /// <summary>Gas Proxy Function (on the Communications Hub).</summary>
    GPF = 3,

    /// <summary>Communications Hub Function.</summary>
    CHF = 4,

    /// <summary>Prepayment Meter Interface Device.</summary>
    PPMID = 5,

    /// <summary>HAN Connected Auxiliary Load Control Switch.</summary>
    HCALCS = 6,

    /// <summary>In-Home Display: a Type 2 Device, with no SMI status and no firmware version.</summary>
    IHD = 7,
}

/// <summary>A set of Device types as bit flags (bit n = <see cref="DeviceType"/> n).</summary>
public readonly record struct DeviceTypeSet(byte Bits)
{
    /// <summary>Every Device type that holds an SMI status (all but the Type 2 IHD).</summary>
    public static readonly DeviceTypeSet AllWithStatus = Of(
        DeviceType.ESME, DeviceType.GSME, DeviceType.GPF, DeviceType.CHF, DeviceType.PPMID, DeviceType.HCALCS);

    public static DeviceTypeSet Of(params DeviceType[] types)
    {
        byte bits = 0;
        foreach (var t in types)
        {
            bits |= (byte)(1 << (int)t);
        }

        return new DeviceTypeSet(bits);
    }

    public bool Contains(DeviceType type) => (Bits & (1 << (int)type)) != 0;

    public DeviceTypeSet Union(DeviceTypeSet other) => new((byte)(Bits | other.Bits));

    public bool IsEmpty => Bits == 0;

    public override string ToString()
    {
        var self = this;
        return string.Join("|", Enum.GetValues<DeviceType>().Where(t => t != DeviceType.None && self.Contains(t)));
    }
}

/// <summary>Device type helpers.</summary>
public static class DeviceTypes
{
    /// <summary>Type 2 Devices (IHDs) are not on the CPL and hold no SMI status.</summary>
    public static bool IsType2(this DeviceType type) => type == DeviceType.IHD;

    /// <summary>Parses a Device type name (ESME, GSME, GPF, CHF, PPMID, HCALCS, IHD), ignoring case.</summary>
    public static bool TryParse(string? text, out DeviceType type)
    {
        type = DeviceType.None;
        return Enum.TryParse(text?.Trim(), ignoreCase: true, out type) && type != DeviceType.None && Enum.IsDefined(type);
    }
}
