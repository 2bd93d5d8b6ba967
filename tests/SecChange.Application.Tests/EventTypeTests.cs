using System.Text.Json;
using System.Text.Json.Nodes;
using SecChange.Application.Json;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Tests;

/// <summary>Stored events keep their stable names, and every golden file (JSON as registers hold it) still reads.</summary>
public class EventTypeTests
{
    internal static readonly string GoldenDirectory = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> GoldenFiles() =>
        new(Directory.GetFiles(GoldenDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory, MemberData(nameof(GoldenFiles))]
    public void Read_WhenGoldenFile_GivesEveryFieldOfTheExpectedEvent(string file)
    {
        var name = file[..file.LastIndexOf(".v", StringComparison.Ordinal)];

        var change = JsonSerializer.Deserialize<ModificationChange>(File.ReadAllText(Path.Combine(GoldenDirectory, file)), RegisterJson.Options);

        GoldenEvents.Expected.ContainsKey(name).ShouldBeTrue($"{name} has no expected value");
        FieldByField.ShouldMatch(change, GoldenEvents.Expected[name]);
    }

    [Fact]
    public void Write_WhenEachExpectedEvent_GivesItsCurrentGoldenFile()
    {
        foreach (var (name, change) in GoldenEvents.Expected)
        {
            var type = EventTypes.Current.Of(change);
            var golden = JsonNode.Parse(File.ReadAllText(Path.Combine(GoldenDirectory, $"{type.Name}.v{type.Version}.json")));

            var written = JsonNode.Parse(JsonSerializer.Serialize(change, RegisterJson.Options));

            type.Name.ShouldBe(name);
            JsonNode.DeepEquals(written, golden).ShouldBeTrue($"{name} is written as {written!.ToJsonString()}");
        }
    }

    [Fact]
    public void Registry_WhenTheDomainDefinesAnEvent_NamesItAndHasItsGoldenFile()
    {
        var changes = typeof(ModificationChange).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ModificationChange)) && !t.IsAbstract);

        foreach (var clr in changes)
        {
            var type = EventTypes.Current.Of(clr);
            File.Exists(Path.Combine(GoldenDirectory, $"{type.Name}.v{type.Version}.json")).ShouldBeTrue($"{type.Name} v{type.Version} has no golden file");
            GoldenEvents.Expected.ContainsKey(type.Name).ShouldBeTrue($"{type.Name} has no expected value");
        }
    }

    [Fact]
    public void Registry_WhenAnEventTypeIsListed_HasCompileTimeJsonMetadata()
    {
        foreach (var type in EventTypes.Current.All)
        {
            RegisterJsonContext.Default.GetTypeInfo(type.ClrType).ShouldNotBeNull($"{type.Name} is missing from RegisterJsonContext");
        }
    }

    [Fact]
    public void Registry_WhenNamesAreListed_AreUniqueLowerCaseAndNotClassNames()
    {
        var all = EventTypes.Current.All;

        all.Select(t => t.Name).ShouldBeUnique();
        all.Select(t => t.LegacyName).ShouldBeUnique();
        all.ShouldAllBe(t => t.Name == t.Name.ToLowerInvariant() && t.Name.Contains('.'));
        all.ShouldAllBe(t => t.ClrType.GetProperty("Type") == null && t.ClrType.GetProperty("TypeVersion") == null);
    }

    [Fact]
    public void Read_WhenFirstFormatClassName_ReadsAsVersionOne()
    {
        var change = JsonSerializer.Deserialize<ModificationChange>(
            """{"type":"AssessmentRequested","assessmentId":"PA1","kind":"Preliminary","targetWorkingDays":15}""", RegisterJson.Options);

        change.ShouldBe(new AssessmentRequested("PA1", AssessmentKind.Preliminary, 15));
        JsonSerializer.Serialize(change, RegisterJson.Options).ShouldStartWith("""{"type":"assessment.requested","typeVersion":1,""");
    }

    [Theory]
    [InlineData("""{"type":"assessment.teleported","typeVersion":1}""", "'assessment.teleported' is not an event type")]
    [InlineData("""{"type":"assessment.paused","typeVersion":2,"assessmentId":"PA1"}""", "version 2 is not one this SecChange reads")]
    [InlineData("""{"type":"AssessmentPaused","typeVersion":2,"assessmentId":"PA1"}""", "'AssessmentPaused' is not an event type")]
    [InlineData("""{"typeVersion":1,"assessmentId":"PA1"}""", "needs its \"type\"")]
    [InlineData("""{"type":"assessment.paused","typeVersion":"one","assessmentId":"PA1"}""", "must be a whole number")]
    [InlineData("""{"type":"assessment.paused","typeVersion":1,"assessmentId":"PA1","colour":"red"}""", "Event assessment.paused:")]
    public void Read_WhenTypeIsUnknownOrNewer_FailsNamingIt(string json, string expected) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<ModificationChange>(json, RegisterJson.Options)).Message.ShouldContain(expected);

    [Fact]
    public void Read_WhenAnOlderVersion_UpcastsEachStepToTheCurrentOne()
    {
        // Version 1 named the field "id", version 2 "assessmentId"; version 3 dropped "note".
        var registry = new EventTypeRegistry(
        [
            new(typeof(AssessmentPaused), "assessment.paused", 3, "AssessmentPaused",
            [
                v1 => Rename(v1, "id", "assessmentId"),
                v2 => { v2.Remove("note"); return v2; },
            ]),
        ]);
        var options = RegisterJson.With(registry);

        var fromV1 = JsonSerializer.Deserialize<ModificationChange>("""{"type":"AssessmentPaused","id":"PA2","note":"x"}""", options);
        var fromV2 = JsonSerializer.Deserialize<ModificationChange>("""{"type":"assessment.paused","typeVersion":2,"assessmentId":"PA3","note":"x"}""", options);

        fromV1.ShouldBe(new AssessmentPaused("PA2"));
        fromV2.ShouldBe(new AssessmentPaused("PA3"));
        JsonSerializer.Serialize(fromV1, options).ShouldBe("""{"type":"assessment.paused","typeVersion":3,"assessmentId":"PA2"}""");
    }

    [Fact]
    public void Registry_WhenAVersionHasNoUpcast_IsRefused() =>
        Should.Throw<ArgumentException>(() => new EventTypeRegistry([new(typeof(AssessmentPaused), "assessment.paused", 2, "AssessmentPaused", [])]));

    private static JsonObject Rename(JsonObject fields, string from, string to)
    {
        var value = fields[from];
        fields.Remove(from);
        fields[to] = value;
        return fields;
    }
}
