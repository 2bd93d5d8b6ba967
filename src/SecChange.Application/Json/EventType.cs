using System.Text.Json.Nodes;

namespace SecChange.Application.Json;

/// <summary>Turns an event's fields written at one version into the fields of the next version.</summary>
public delegate JsonObject Upcast(JsonObject fields);

/// <summary>
/// A stored event's identity, independent of the class that holds it in code: the stable
/// <see cref="Name"/> and <see cref="Version"/> it is written with, the name the first register format
/// wrote for it (the class name at the time), and the steps that bring each older version up to date
/// (<c>Upcasts[0]</c> turns version 1 into version 2, and so on).
/// </summary>
public sealed record EventType(Type ClrType, string Name, int Version, string LegacyName, IReadOnlyList<Upcast> Upcasts)
{
    public EventType(Type clrType, string name, string legacyName) : this(clrType, name, 1, legacyName, []) { }
}
