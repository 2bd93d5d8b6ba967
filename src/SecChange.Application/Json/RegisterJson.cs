using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// The one JSON shape of SecChange data: events in storage, export and import files, and `--json`
/// output. Changes carry a "type" discriminator named after the event (e.g. "AssessmentRequested").
/// </summary>
public static class RegisterJson
{
    /// <summary>Every event type, so that the discriminator list and the domain cannot drift apart.</summary>
    public static readonly IReadOnlyList<Type> ChangeTypes = typeof(ModificationChange).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ModificationChange)) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type == typeof(ModificationChange))
            {
                info.PolymorphismOptions = new JsonPolymorphismOptions
                {
                    TypeDiscriminatorPropertyName = "type",
                    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
                };
                foreach (var t in ChangeTypes)
                {
                    info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(t, t.Name));
                }
            }

            // Computed conveniences are not data.
            if (info.Kind == JsonTypeInfoKind.Object && typeof(ModificationChange).IsAssignableFrom(info.Type))
            {
                foreach (var p in info.Properties.Where(p => p.Name == "isEmpty").ToList())
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

        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
