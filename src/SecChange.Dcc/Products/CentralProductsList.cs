namespace SecChange.Dcc.Products;

/// <summary>One CPL entry: an approved firmware version of a Device Model and its full GBCS version.</summary>
/// <param name="Model">The Device Model (manufacturer, model and hardware version).</param>
/// <param name="FirmwareVersion">The approved firmware version.</param>
/// <param name="GbcsVersion">The full GBCS version the firmware implements (e.g. 4.2).</param>
public sealed record CplEntry(string Model, string FirmwareVersion, string GbcsVersion);

/// <summary>
/// The Central Products List: approved Device Models with their firmware versions and full GBCS
/// versions. Type 2 Devices (IHDs) are not on it.
/// </summary>
public sealed class CentralProductsList
{
    private readonly Dictionary<(string Model, string Firmware), CplEntry> _entries = [];

    /// <summary>All entries.</summary>
    public IReadOnlyCollection<CplEntry> Entries => _entries.Values;

    /// <summary>Adds or replaces an entry.</summary>
    public void Add(CplEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[(entry.Model, entry.FirmwareVersion)] = entry;
    }

    /// <summary>Whether a firmware version of a model is on the list.</summary>
    public bool Contains(string model, string firmwareVersion) => _entries.ContainsKey((model, firmwareVersion));

    /// <summary>The entry for a model and firmware version, or null.</summary>
    public CplEntry? Find(string model, string? firmwareVersion) =>
        firmwareVersion is not null && _entries.TryGetValue((model, firmwareVersion), out var e) ? e : null;

    /// <summary>Removes a firmware version, of one model or (model null) of every model.</summary>
    /// <returns>The entries removed; empty when none matched.</returns>
    public IReadOnlyList<CplEntry> RemoveFirmware(string? model, string firmwareVersion)
    {
        var removed = _entries.Values
            .Where(e => e.FirmwareVersion == firmwareVersion && (model is null || e.Model == model))
            .ToList();
        foreach (var e in removed)
        {
            _entries.Remove((e.Model, e.FirmwareVersion));
        }

        return removed;
    }
}
