using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecChange.Application.Json;

/// <summary>Writes and reads enums by their <see cref="StableEnumNames"/>, never by the member's name in code.</summary>
public sealed class StableEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && StableEnumNames.Covers(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()!) : throw new JsonException($"Expected a {typeof(T).Name} as text.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(StableEnumNames.Name(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString()!);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(StableEnumNames.Name(value));

        private static T Parse(string text) => StableEnumNames.TryParse<T>(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(T).Name} (expected one of {StableEnumNames.Of(typeof(T)).Expected}).");
    }
}
