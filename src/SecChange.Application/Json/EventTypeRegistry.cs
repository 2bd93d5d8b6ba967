using System.Text.Json;
using System.Text.Json.Nodes;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// Every event type by its stable name. Reading accepts the current name at any version up to the
/// current one (older versions are upcast) and the legacy name of the first format (version 1).
/// </summary>
public sealed class EventTypeRegistry
{
    public const string TypeProperty = "type";
    public const string VersionProperty = "typeVersion";

    private readonly Dictionary<Type, EventType> _byClr;
    private readonly Dictionary<string, EventType> _byName;
    private readonly Dictionary<string, EventType> _byLegacyName;

    public EventTypeRegistry(IReadOnlyList<EventType> types)
    {
        foreach (var t in types)
        {
            if (!t.ClrType.IsSubclassOf(typeof(ModificationChange)) || t.Version < 1 || t.Upcasts.Count != t.Version - 1)
            {
                throw new ArgumentException($"Event type {t.Name} is not a change with one upcast per earlier version.", nameof(types));
            }
        }

        All = types;
        _byClr = types.ToDictionary(t => t.ClrType);
        _byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _byLegacyName = types.ToDictionary(t => t.LegacyName, StringComparer.Ordinal);
    }

    public IReadOnlyList<EventType> All { get; }

    public EventType Of(ModificationChange change) => Of(change.GetType());

    public EventType Of(Type clrType) => _byClr.TryGetValue(clrType, out var type)
        ? type
        : throw new InvalidOperationException($"{clrType.Name} has no stable event name; add it to {nameof(EventTypes)}.");

    /// <summary>The event type written as <paramref name="name"/> at <paramref name="version"/> (null: version 1), or null.</summary>
    public EventType? Find(string name, int? version) =>
        _byName.TryGetValue(name, out var type) ? type
        : _byLegacyName.TryGetValue(name, out var legacy) && version is null or 1 ? legacy
        : null;

    /// <summary>Reads an event's fields written as <paramref name="name"/> at <paramref name="version"/> (null: version 1).</summary>
    public ModificationChange Read(string name, int? version, JsonObject fields, JsonSerializerOptions options)
    {
        var type = Find(name, version) ?? throw new JsonException($"'{name}' is not an event type this SecChange knows.");
        var from = version ?? 1;
        if (from < 1 || from > type.Version)
        {
            throw new JsonException($"Event type {type.Name} version {from} is not one this SecChange reads (1 to {type.Version}).");
        }

        for (var v = from; v < type.Version; v++)
        {
            fields = type.Upcasts[v - 1](fields);
        }

        try
        {
            return (ModificationChange)fields.Deserialize(type.ClrType, options)!;
        }
        catch (JsonException ex)
        {
            throw new JsonException($"Event {type.Name}: {ex.Message.Split('\n')[0]}", ex);
        }
    }
}
