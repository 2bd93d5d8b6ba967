using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// The one JSON shape of SecChange data: events in storage, export and import files, and `--json`
/// output. Changes carry their stable type name and version (e.g. "assessment.requested", 1; see
/// <see cref="EventTypes"/>), and enums their stable names (<see cref="StableEnumNames"/>), so that
/// renaming code never makes a stored history unreadable.
/// </summary>
public static class RegisterJson
{

    public static JsonSerializerOptions Options { get; } = Create(indented: false, EventTypes.Current);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true, EventTypes.Current);

    /// <summary>The same shape with events read and written through another registry (to test upcasts).</summary>
    public static JsonSerializerOptions With(EventTypeRegistry registry) => Create(indented: false, registry);

    /// <summary>A change's computed convenience (e.g. "isEmpty"), which is not data: neither written nor read.</summary>
    internal static bool IsComputedConvenience(Type type, string jsonName) =>
        jsonName == "isEmpty" && typeof(ModificationChange).IsAssignableFrom(type);

    private static JsonSerializerOptions Create(bool indented, EventTypeRegistry registry)
    {
        var resolver = JsonTypeInfoResolver.Combine(RegisterJsonContext.Default, new DefaultJsonTypeInfoResolver()).WithAddedModifier(info =>
        {
            if (info.Kind == JsonTypeInfoKind.Object && typeof(ModificationChange).IsAssignableFrom(info.Type))
            {
                foreach (var p in info.Properties.Where(p => IsComputedConvenience(info.Type, p.Name)).ToList())
                {
                    info.Properties.Remove(p);
                }
            }
        });

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = resolver,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        foreach (var converter in TextConverters.All)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(new ModificationChangeConverter(registry));
        options.Converters.Add(new StableEnumConverter());
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
