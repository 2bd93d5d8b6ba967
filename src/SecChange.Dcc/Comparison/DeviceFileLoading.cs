using SecChange.Dcc.Files;
using SecChange.Dcc.Processing;

namespace SecChange.Dcc.Comparison;

/// <summary>Puts a Device file's content into a DCC System.</summary>
public static class DeviceFileLoading
{
    /// <summary>
    /// Adds the CPL entries, the Devices and the GPF-GSME pairs (a pair naming a GSME not loaded is left
    /// unpaired): all of them, or nothing.
    /// </summary>
    /// <exception cref="ArgumentException">A Device is already in the inventory, or the file holds more distinct values than the inventory can.</exception>
    public static void LoadInto(this DeviceFileContent content, DccSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var result = system.Load(content);
        if (!result.Success)
        {
            throw new ArgumentException(result.Problem);
        }
    }
}
