namespace SecChange.Dcc.Inventory;

/// <summary>
/// Interns values (Device Models and firmware versions, party ids) into 16-bit indices so the columnar
/// inventory stores two bytes per Device instead of a reference or an eight-byte id.
/// </summary>
/// <remarks>Index 0 is reserved for "no value" (a Type 2 Device has no firmware version); it reads as default.</remarks>
internal sealed class InternTable<T>
    where T : notnull
{
    /// <summary>How many distinct values a table holds (index 0 is "no value").</summary>
    public const int Capacity = ushort.MaxValue;

    private readonly List<T> _values = [default!];
    private readonly Dictionary<T, ushort> _indices = [];
    private readonly string _what;

    /// <param name="what">What the values are, in words, for the message when the table is full.</param>
    public InternTable(string what) => _what = what;

    public int Count => _values.Count - 1;

    /// <summary>How many more distinct values fit.</summary>
    public int Room => Capacity - Count;

    /// <exception cref="InvalidOperationException">The value is new and the table is full.</exception>
    public ushort Intern(T value)
    {
        if (_indices.TryGetValue(value, out var index))
        {
            return index;
        }

        if (Room == 0)
        {
            throw new InvalidOperationException(TooMany);
        }

        index = (ushort)_values.Count;
        _values.Add(value);
        _indices.Add(value, index);
        return index;
    }

    public bool TryFind(T value, out ushort index) => _indices.TryGetValue(value, out index);

    /// <summary>Null when this many new values fit, else the problem (so a load is refused before it starts).</summary>
    public string? CheckRoomFor(int newValues) => newValues > Room ? TooMany : null;

    public T? this[ushort index] => index == 0 ? default : _values[index];

    private string TooMany => DccMessages.TooManyDistinct(_what, Capacity);
}
