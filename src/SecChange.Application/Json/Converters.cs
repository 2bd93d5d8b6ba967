using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>Dates as ISO "yyyy-MM-dd", the form SECAS data and the GOV.UK feeds use.</summary>
public sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        var result = LocalDatePattern.Iso.Parse(text ?? "");
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a date (expected yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

public sealed class InstantConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        var result = InstantPattern.ExtendedIso.Parse(text ?? "");
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not an instant (expected ISO 8601 UTC).");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}

public sealed class ModificationIdConverter : JsonConverter<ModificationId>
{
    public override ModificationId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return ModificationId.TryParse(text, out var id) ? id : throw new JsonException($"'{text}' is not a modification number.");
    }

    public override void Write(Utf8JsonWriter writer, ModificationId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
