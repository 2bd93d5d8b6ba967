using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Devices;

/// <summary>
/// What an SR 11.2 to a GPF needs to know about the GSME it serves: the firmware the GSME really runs (the
/// GPF holds a copy), what the SMI records and who its Import Supplier is. Read from the GSME's partition
/// when the GSME lives in another one.
/// </summary>
public readonly record struct GsmeView(Eui64 Id, string? SmiFirmware, string? RunningFirmware, Eui64 Supplier);
