using SecChange.Dcc.Files;
using SecChange.Dcc.Processing;

namespace SecChange.Dcc.Comparison;

/// <summary>Puts a Device file's content into a DCC System.</summary>
public static class DeviceFileLoading
{
    /// <summary>Adds the CPL entries, the Devices and the GPF-GSME pairs (a pair naming a GSME not loaded is left unpaired).</summary>
    /// <exception cref="ArgumentException">A Device is already in the system's inventory.</exception>
    public static void LoadInto(this DeviceFileContent content, DccSystem system)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(system);
        var clash = content.Devices.FirstOrDefault(d => system.Inventory.Contains(d.Id));
        if (clash is not null)
        {
            throw new ArgumentException(DccMessages.DuplicateDevice(clash.Id.ToString()));
        }

        foreach (var entry in content.Cpl)
        {
            system.Cpl.Add(entry);
        }

        foreach (var device in content.Devices)
        {
            system.Inventory.Add(device);
        }

        foreach (var (gpf, gsme) in content.Pairs)
        {
            var gsmeRow = system.Inventory.RowOf(gsme);
            if (gsmeRow >= 0)
            {
                system.Inventory.PairGasProxy(system.Inventory.RowOf(gpf), gsmeRow);
            }
        }
    }
}
