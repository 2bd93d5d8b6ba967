namespace SecChange.Dcc.Inventory;

/// <summary>
/// Interns strings (Device Models, firmware versions) into 16-bit indices so the columnar
/// inventory stores two bytes per Device instead of a reference.
/// </summary>
/// <remarks>Index 0 is reserved for "no value" (a Type 2 Device has no firmware version).</remarks>
internal sealed class InternTable
{
    private readonly List<string> _values = [string.Empty];
    private readonly Dictionary<string, ushort> _indices = new(StringComparer.Ordinal);
    private readonly string _what;

    public InternTable(string what) => _what = what;

    /// <summary>How many distinct values a table holds (index 0 is "no value").</summary>
    public const int Capacity = ushort.MaxValue;

    public int Count => _values.Count - 1;

    /// <summary>How many more distinct values fit.</summary>
    public int Room => Capacity - Count;

    public ushort Intern(string value)
    {
        if (_indices.TryGetValue(value, out var index))
        {
            return index;
        }

        if (_values.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException(DccMessages.TooManyDistinct(_what, ushort.MaxValue));
        }

        index = (ushort)_values.Count;
        _values.Add(value);
        _indices.Add(value, index);
        return index;
    }

    public bool TryFind(string value, out ushort index) => _indices.TryGetValue(value, out index);

    public string? this[ushort index] => index == 0 ? null : _values[index];
}

/// <summary>Interns party ids (Import Suppliers, Network Operators) into 16-bit indices.</summary>
internal sealed class PartyTable
{
    private readonly List<Identity.Eui64> _values = [default];
    private readonly Dictionary<Identity.Eui64, ushort> _indices = [];

    public ushort Intern(Identity.Eui64 value)
    {
        if (_indices.TryGetValue(value, out var index))
        {
            return index;
        }

        if (_values.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException(DccMessages.TooManyDistinct("party", ushort.MaxValue));
        }

        index = (ushort)_values.Count;
        _values.Add(value);
        _indices.Add(value, index);
        return index;
    }

    public int Room => InternTable.Capacity - (_values.Count - 1);

    public bool Contains(Identity.Eui64 value) => _indices.ContainsKey(value);

    public Identity.Eui64 this[ushort index] => _values[index];
}
