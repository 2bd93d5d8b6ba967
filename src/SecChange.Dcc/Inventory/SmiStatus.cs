namespace SecChange.Dcc.Inventory;

/// <summary>The Smart Metering Inventory status of a Device.</summary>
/// <remarks><see cref="None"/> is held only by Type 2 Devices, which have no SMI status.</remarks>
public enum SmiStatus : byte
{
    None = 0,
    Pending = 1,
    Whitelisted = 2,
    InstalledNotCommissioned = 3,
    Commissioned = 4,
    Suspended = 5,
    Decommissioned = 6,
    Withdrawn = 7,
    Recovered = 8,
}

/// <summary>SMI status helpers.</summary>
public static class SmiStatuses
{
    /// <summary>Parses a status name, ignoring case, spaces and hyphens ("Installed Not Commissioned").</summary>
    public static bool TryParse(string? text, out SmiStatus status)
    {
        status = SmiStatus.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Replace(" ", string.Empty).Replace("-", string.Empty).Replace("_", string.Empty);
        return Enum.TryParse(compact, ignoreCase: true, out status) && status != SmiStatus.None && Enum.IsDefined(status);
    }
}

/// <summary>SMETS generation of a Device.</summary>
public enum SmetsGeneration : byte
{
    None = 0,
    Smets1 = 1,
    Smets2 = 2,
}
