using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SecChange.Domain.Meetings;

namespace SecChange.Application.Json;

/// <summary>Times of day as "HH:mm", the form minutes use.</summary>
public sealed class LocalTimeConverter : JsonConverter<LocalTime>
{
    private static readonly LocalTimePattern Pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        var result = Pattern.Parse(text ?? "");
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a time (expected HH:mm).");
    }

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value));
}

/// <summary>Meetings as written in minutes: "CSC 11".</summary>
public sealed class MeetingIdConverter : JsonConverter<MeetingId>
{
    public override MeetingId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return MeetingId.TryParse(text, out var id) ? id : throw new JsonException($"'{text}' is not a meeting (expected e.g. 'CSC 11').");
    }

    public override void Write(Utf8JsonWriter writer, MeetingId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>Action references as written in minutes: "CSC 10/01".</summary>
public sealed class ActionReferenceConverter : JsonConverter<ActionReference>
{
    public override ActionReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return ActionReference.TryParse(text, out var reference)
            ? reference
            : throw new JsonException($"'{text}' is not an action reference (expected e.g. 'CSC 10/01').");
    }

    public override void Write(Utf8JsonWriter writer, ActionReference value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>Adds the meeting converters to the register's JSON options.</summary>
public static class MeetingJson
{
    public static void AddConverters(JsonSerializerOptions options)
    {
        options.Converters.Add(new LocalTimeConverter());
        options.Converters.Add(new MeetingIdConverter());
        options.Converters.Add(new ActionReferenceConverter());
    }
}
