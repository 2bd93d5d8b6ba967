using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// Writes a change as <c>{"type": stable name, "typeVersion": n, ...fields}</c> and reads any version
/// (or the first format's class-named events) back through <see cref="EventTypeRegistry"/>.
/// </summary>
public sealed class ModificationChangeConverter(EventTypeRegistry registry) : JsonConverter<ModificationChange>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(ModificationChange);

    public override ModificationChange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject fields)
        {
            throw new JsonException("An event must be an object.");
        }

        var name = Take(fields, EventTypeRegistry.TypeProperty) is { } t && t.GetValueKind() == JsonValueKind.String
            ? t.GetValue<string>()
            : throw new JsonException($"An event needs its \"{EventTypeRegistry.TypeProperty}\".");
        var version = Take(fields, EventTypeRegistry.VersionProperty) is { } v
            ? v.GetValueKind() == JsonValueKind.Number && v.AsValue().TryGetValue<int>(out var n) ? n
                : throw new JsonException($"\"{EventTypeRegistry.VersionProperty}\" must be a whole number.")
            : (int?)null;
        return registry.Read(name, version, fields, options);
    }

    public override void Write(Utf8JsonWriter writer, ModificationChange value, JsonSerializerOptions options)
    {
        var type = registry.Of(value);
        writer.WriteStartObject();
        writer.WriteString(EventTypeRegistry.TypeProperty, type.Name);
        writer.WriteNumber(EventTypeRegistry.VersionProperty, type.Version);
        foreach (var field in JsonSerializer.SerializeToElement(value, type.ClrType, options).EnumerateObject())
        {
            field.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static JsonNode? Take(JsonObject fields, string name)
    {
        fields.TryGetPropertyValue(name, out var value);
        fields.Remove(name);
        return value;
    }
}
