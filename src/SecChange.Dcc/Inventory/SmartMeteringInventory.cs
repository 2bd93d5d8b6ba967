using NodaTime;
using SecChange.Dcc.Identity;

namespace SecChange.Dcc.Inventory;

/// <summary>
/// The Smart Metering Inventory (SMI): every Device, its type, model, firmware version, SMETS
/// generation, SMI status with dated history and its Responsible Import Supplier and Network Operator.
/// </summary>
/// <remarks>
/// Stored column by column (struct of arrays) so that the GB fleet, about 60 million Devices, fits in one
/// process: an id (8 bytes), four one-byte enums, four two-byte indices into small intern tables and the
/// status date (8 bytes), plus about 7 bytes of hash index: under 40 bytes a Device. Status history is
/// kept only for Devices whose status changed after loading, 16 bytes a change in a shared store
/// (<see cref="StatusHistoryStore"/>) plus, once any status has changed, 4 bytes a Device for the number
/// of its newest change. Not thread-safe: a host serialises access.
/// Invariant: a Type 2 Device has status <see cref="SmiStatus.None"/> and no firmware version; every other
/// Device has a status and a firmware version.
/// </remarks>
public sealed class SmartMeteringInventory
{
    // The reason of every history's first entry: the status the Device was loaded with.
    private const string Loaded = "loaded";

    private readonly InternTable<string> _models = new("Device Model");
    private readonly InternTable<string> _firmware = new("firmware version");
    private readonly InternTable<Eui64> _parties = new("party");
    private readonly StatusHistoryStore _history = new();
    private readonly Dictionary<int, ulong> _gsmeOfGpf = [];
    private readonly DeviceIdIndex _index;

    private ulong[] _ids;
    private byte[] _type;
    private byte[] _status;
    private byte[] _prior;
    private byte[] _generation;
    private ushort[] _model;
    private ushort[] _fw;
    private ushort[] _supplier;
    private ushort[] _network;
    private long[] _since;
    private int[]? _newestChange;
    private int _count;

    /// <summary>Creates an empty inventory sized for <paramref name="capacity"/> Devices.</summary>
    public SmartMeteringInventory(int capacity = 1024)
    {
        capacity = Math.Max(16, capacity);
        _ids = new ulong[capacity];
        _type = new byte[capacity];
        _status = new byte[capacity];
        _prior = new byte[capacity];
        _generation = new byte[capacity];
        _model = new ushort[capacity];
        _fw = new ushort[capacity];
        _supplier = new ushort[capacity];
        _network = new ushort[capacity];
        _since = new long[capacity];
        _index = new DeviceIdIndex(capacity);
    }

    /// <summary>The number of Devices.</summary>
    public int Count => _count;

    /// <summary>Adds a Device; the record must satisfy the Type 2 invariant and the id must be new.</summary>
    /// <exception cref="ArgumentException">The record breaks an invariant or the id is already present.</exception>
    public int Add(DeviceRecord device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var problem = Validate(device);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(device));
        }

        if (_index.Find(device.Id.Value, _ids) >= 0)
        {
            throw new ArgumentException(DccMessages.DuplicateDevice(device.Id.ToString()), nameof(device));
        }

        return AddUnchecked(device.Id, device.Type, device.Model, device.FirmwareVersion, device.Generation,
            device.Status, device.StatusSince, device.ImportSupplier, device.NetworkOperator, device.StatusBeforeSuspension);
    }

    /// <summary>Checks a record against the inventory's invariants; null when valid.</summary>
    public static string? Validate(DeviceRecord device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (!Enum.IsDefined(device.Type) || device.Type == DeviceType.None)
        {
            return $"Device {device.Id}: a Device type is required.";
        }

        if (device.Type.IsType2())
        {
            return device.Status != SmiStatus.None || device.FirmwareVersion is not null
                ? DccMessages.Type2HasNoStatus(device.Id.ToString())
                : null;
        }

        if (device.Status == SmiStatus.None || !Enum.IsDefined(device.Status))
        {
            return $"Device {device.Id}: an SMI status is required for a {device.Type}.";
        }

        if (string.IsNullOrWhiteSpace(device.FirmwareVersion))
        {
            return $"Device {device.Id}: a firmware version is required for a {device.Type}.";
        }

        if (string.IsNullOrWhiteSpace(device.Model))
        {
            return $"Device {device.Id}: a Device Model is required.";
        }

        return device.Generation is SmetsGeneration.Smets1 or SmetsGeneration.Smets2
            ? null
            : $"Device {device.Id}: SMETS generation must be 1 or 2.";
    }

    /// <summary>
    /// Whether the Devices' Device Models, firmware versions and parties fit the intern tables (65,535
    /// distinct values each); null when they do, else the problem, so a load is refused before it starts.
    /// </summary>
    public string? CheckRoomFor(IEnumerable<DeviceRecord> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var models = new HashSet<string>(StringComparer.Ordinal);
        var firmware = new HashSet<string>(StringComparer.Ordinal);
        var parties = new HashSet<Eui64>();
        foreach (var d in devices)
        {
            if (!_models.TryFind(d.Model, out _))
            {
                models.Add(d.Model);
            }

            if (d.FirmwareVersion is { } fw && !_firmware.TryFind(fw, out _))
            {
                firmware.Add(fw);
            }

            foreach (var party in (ReadOnlySpan<Eui64>)[d.ImportSupplier, d.NetworkOperator])
            {
                if (!_parties.TryFind(party, out _))
                {
                    parties.Add(party);
                }
            }
        }

        return _models.CheckRoomFor(models.Count) ?? _firmware.CheckRoomFor(firmware.Count) ?? _parties.CheckRoomFor(parties.Count);
    }

    /// <summary>Bulk add for generators and loaders that have already validated their input.</summary>
    internal int AddUnchecked(
        Eui64 id, DeviceType type, string model, string? firmware, SmetsGeneration generation,
        SmiStatus status, Instant since, Eui64 supplier, Eui64 network, SmiStatus prior = SmiStatus.None)
    {
        if (_count == _ids.Length)
        {
            Grow();
        }

        var row = _count;
        _ids[row] = id.Value;
        _type[row] = (byte)type;
        _status[row] = (byte)status;
        _prior[row] = (byte)prior;
        _generation[row] = (byte)generation;
        _model[row] = _models.Intern(model);
        _fw[row] = firmware is null ? (ushort)0 : _firmware.Intern(firmware);
        _supplier[row] = _parties.Intern(supplier);
        _network[row] = _parties.Intern(network);
        _since[row] = since.ToUnixTimeTicks();
        _count++;
        _index.Add(id.Value, row, _ids);
        return row;
    }

    /// <summary>The row of a Device, or -1 when it is not in the inventory.</summary>
    public int RowOf(Eui64 id) => _index.Find(id.Value, _ids);

    /// <summary>Whether the Device is in the inventory.</summary>
    public bool Contains(Eui64 id) => RowOf(id) >= 0;

    /// <summary>A snapshot of a Device, or null when it is not in the inventory.</summary>
    public DeviceRecord? Find(Eui64 id)
    {
        var row = RowOf(id);
        return row < 0 ? null : Snapshot(row);
    }

    /// <summary>A snapshot of the Device at a row.</summary>
    public DeviceRecord Snapshot(int row) =>
        new(new Eui64(_ids[row]), TypeAt(row), _models[_model[row]]!, _firmware[_fw[row]], GenerationAt(row),
            StatusAt(row), Instant.FromUnixTimeTicks(_since[row]), SupplierAt(row), NetworkOperatorAt(row))
        {
            StatusBeforeSuspension = (SmiStatus)_prior[row],
        };

    /// <summary>Every Device, in insertion order.</summary>
    public IEnumerable<DeviceRecord> All()
    {
        for (var row = 0; row < _count; row++)
        {
            yield return Snapshot(row);
        }
    }

    public Eui64 IdAt(int row) => new(_ids[row]);

    public DeviceType TypeAt(int row) => (DeviceType)_type[row];

    public SmiStatus StatusAt(int row) => (SmiStatus)_status[row];

    public SmiStatus StatusBeforeSuspensionAt(int row) => (SmiStatus)_prior[row];

    public SmetsGeneration GenerationAt(int row) => (SmetsGeneration)_generation[row];

    public string ModelAt(int row) => _models[_model[row]]!;

    public string? FirmwareAt(int row) => _firmware[_fw[row]];

    public Eui64 SupplierAt(int row) => _parties[_supplier[row]];

    public Eui64 NetworkOperatorAt(int row) => _parties[_network[row]];

    /// <summary>The full dated status history: the loaded status, then every change since.</summary>
    public IReadOnlyList<StatusChange> HistoryOf(int row)
    {
        if (HasChangedStatus(row))
        {
            return _history.Read(_newestChange![row]);
        }

        return StatusAt(row) == SmiStatus.None
            ? []
            : [new StatusChange(SmiStatus.None, StatusAt(row), Instant.FromUnixTimeTicks(_since[row]), Loaded)];
    }

    /// <summary>Whether the Device's status changed after it was loaded.</summary>
    public bool HasChangedStatus(int row) => _newestChange is { } newest && newest[row] != 0;

    /// <summary>Replaces a Device's history (when reloading saved state); the last entry must be its current status.</summary>
    public void LoadHistory(int row, IEnumerable<StatusChange> history)
    {
        var list = history.ToList();
        if (list.Count == 0 || list[^1].To != StatusAt(row))
        {
            throw new ArgumentException($"Device {IdAt(row)}: the history must end with its current status {StatusAt(row)}.", nameof(history));
        }

        var newest = 0;
        foreach (var change in list)
        {
            newest = _history.Append(newest, change.From, change.To, change.At, change.Reason);
        }

        NewestChanges()[row] = newest;
    }

    /// <summary>Sets a Device's SMI status, recording the change in its history.</summary>
    public void SetStatus(int row, SmiStatus to, Instant at, string reason)
    {
        var from = StatusAt(row);
        if (from == SmiStatus.None)
        {
            throw new InvalidOperationException(DccMessages.Type2HasNoStatus(IdAt(row).ToString()));
        }

        var newest = NewestChanges();
        if (newest[row] == 0)
        {
            newest[row] = _history.Append(0, SmiStatus.None, from, Instant.FromUnixTimeTicks(_since[row]), Loaded);
        }

        newest[row] = _history.Append(newest[row], from, to, at, reason);
        _status[row] = (byte)to;
        _since[row] = at.ToUnixTimeTicks();
    }

    /// <summary>Suspends a Device, remembering the status it held so it can be restored.</summary>
    public void Suspend(int row, Instant at, string reason)
    {
        var from = StatusAt(row);
        if (from is SmiStatus.Suspended or SmiStatus.None)
        {
            return;
        }

        _prior[row] = (byte)from;
        SetStatus(row, SmiStatus.Suspended, at, reason);
    }

    /// <summary>Restores a Suspended Device to the status it held immediately before suspension.</summary>
    /// <returns>The restored status, or <see cref="SmiStatus.None"/> when the Device was not Suspended.</returns>
    public SmiStatus RestoreFromSuspension(int row, Instant at, string reason)
    {
        if (StatusAt(row) != SmiStatus.Suspended)
        {
            return SmiStatus.None;
        }

        var to = (SmiStatus)_prior[row];
        if (to == SmiStatus.None)
        {
            to = SmiStatus.Commissioned;
        }

        _prior[row] = 0;
        SetStatus(row, to, at, reason);
        return to;
    }

    /// <summary>Sets the firmware version the SMI records for a Device.</summary>
    public void SetFirmware(int row, string version)
    {
        if (TypeAt(row).IsType2())
        {
            throw new InvalidOperationException(DccMessages.Type2HasNoStatus(IdAt(row).ToString()));
        }

        _fw[row] = _firmware.Intern(version);
    }

    /// <summary>Records that a GPF serves a GSME, so GSME firmware reported through the GPF can be checked.</summary>
    public void PairGasProxy(int gpfRow, int gsmeRow) => _gsmeOfGpf[gpfRow] = _ids[gsmeRow];

    /// <summary>Records that a GPF serves a GSME that may be held by another partition.</summary>
    public void PairGasProxy(int gpfRow, Eui64 gsme) => _gsmeOfGpf[gpfRow] = gsme.Value;

    /// <summary>The row of the GSME a GPF serves, or -1 when none is paired or it is not in this inventory.</summary>
    public int GsmeServedBy(int gpfRow) => GsmeIdServedBy(gpfRow) is { } gsme ? RowOf(gsme) : -1;

    /// <summary>The id of the GSME a GPF serves, or null.</summary>
    public Eui64? GsmeIdServedBy(int gpfRow) => _gsmeOfGpf.TryGetValue(gpfRow, out var gsme) ? new Eui64(gsme) : null;

    /// <summary>Rows of Devices of a model (or any model when null) whose SMI firmware is the given version.</summary>
    public List<int> RowsRunning(string? model, string firmware)
    {
        var rows = new List<int>();
        if (!_firmware.TryFind(firmware, out var fw))
        {
            return rows;
        }

        var anyModel = model is null;
        ushort modelIndex = 0;
        if (!anyModel && !_models.TryFind(model!, out modelIndex))
        {
            return rows;
        }

        for (var row = 0; row < _count; row++)
        {
            if (_fw[row] == fw && (anyModel || _model[row] == modelIndex))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Counts Devices by SMI status.</summary>
    public Dictionary<SmiStatus, int> CountByStatus()
    {
        Span<int> counts = stackalloc int[16];
        for (var row = 0; row < _count; row++)
        {
            counts[_status[row]]++;
        }

        var result = new Dictionary<SmiStatus, int>();
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] > 0)
            {
                result[(SmiStatus)s] = counts[s];
            }
        }

        return result;
    }

    // The column of newest changes appears with the first change: a freshly loaded fleet has no history.
    private int[] NewestChanges() => _newestChange ??= new int[_ids.Length];

    private void Grow()
    {
        var size = checked(_ids.Length * 2);
        Array.Resize(ref _ids, size);
        Array.Resize(ref _type, size);
        Array.Resize(ref _status, size);
        Array.Resize(ref _prior, size);
        Array.Resize(ref _generation, size);
        Array.Resize(ref _model, size);
        Array.Resize(ref _fw, size);
        Array.Resize(ref _supplier, size);
        Array.Resize(ref _network, size);
        Array.Resize(ref _since, size);
        if (_newestChange is not null)
        {
            Array.Resize(ref _newestChange, size);
        }
    }
}
