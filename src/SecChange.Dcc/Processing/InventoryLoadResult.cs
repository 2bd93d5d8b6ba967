namespace SecChange.Dcc.Processing;

/// <summary>Why a Device load was refused (nothing was loaded).</summary>
public enum LoadRefusal
{
    None,

    /// <summary>A Device in the file is already in the inventory (a conflict).</summary>
    DuplicateDevice,

    /// <summary>The file would take an intern table (Device Models, firmware versions, parties) past its size.</summary>
    TooManyDistinctValues,
}

/// <summary>The outcome of loading a Device file: all of it, or nothing.</summary>
/// <param name="Added">Devices added.</param>
/// <param name="CplEntries">CPL entries in the file.</param>
/// <param name="Devices">Devices in the inventory after the load.</param>
/// <param name="Refusal">Why nothing was loaded, or <see cref="LoadRefusal.None"/>.</param>
/// <param name="Problem">The refusal in words.</param>
public sealed record InventoryLoadResult(int Added, int CplEntries, long Devices, LoadRefusal Refusal = LoadRefusal.None, string? Problem = null)
{
    public bool Success => Refusal == LoadRefusal.None;

    /// <summary>A refusal: nothing loaded.</summary>
    public static InventoryLoadResult Refused(LoadRefusal refusal, string problem, long devices) => new(0, 0, devices, refusal, problem);
}
