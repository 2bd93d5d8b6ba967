using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Json;

/// <summary>
/// A value written as the text SECAS documents use for it ("2020-09-14", "MP105", "CSC 10/01"); text
/// that does not parse fails the document with what was expected.
/// </summary>
public sealed class TextConverter<T>(TextConverter<T>.TryParse parse, Func<T, string> format, string expected) : JsonConverter<T>
{
    public delegate bool TryParse(string text, out T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? "";
        return parse(text, out var value) ? value : throw new JsonException($"'{text}' is not {expected}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
}

/// <summary>The text forms of SecChange's value types in JSON.</summary>
public static class TextConverters
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static IEnumerable<JsonConverter> All =>
    [
        FromPattern(LocalDatePattern.Iso, "a date (expected yyyy-MM-dd)"),
        FromPattern(InstantPattern.ExtendedIso, "an instant (expected ISO 8601 UTC)"),
        FromPattern(Time, "a time (expected HH:mm)"),
        new TextConverter<ModificationId>(ModificationId.TryParse, id => id.ToString(), "a modification number"),
        new TextConverter<MeetingId>(MeetingId.TryParse, id => id.ToString(), "a meeting (expected e.g. 'CSC 11')"),
        new TextConverter<ActionReference>(ActionReference.TryParse, r => r.ToString(), "an action reference (expected e.g. 'CSC 10/01')"),
    ];

    private static TextConverter<T> FromPattern<T>(IPattern<T> pattern, string expected) =>
        new((string text, out T value) =>
        {
            var result = pattern.Parse(text);
            value = result.Success ? result.Value : default!;
            return result.Success;
        }, pattern.Format, expected);
}
