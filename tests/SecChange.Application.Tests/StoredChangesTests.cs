using System.Text.Json;
using SecChange.Application.Json;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Tests;

/// <summary>
/// Stored changes are read without System.Text.Json's metadata when they are plain, and that reading gives exactly what
/// the full reader gives; anything else still goes through the full reader, with its value or its error.
/// </summary>
public class StoredChangesTests
{
    [Theory, MemberData(nameof(EventTypeTests.GoldenFiles), MemberType = typeof(EventTypeTests))]
    public void TryReadPlain_WhenGoldenFile_ReadsEveryFieldOfTheExpectedEvent(string file)
    {
        var name = file[..file.LastIndexOf(".v", StringComparison.Ordinal)];

        StoredChanges.TryReadPlain(File.ReadAllText(Path.Combine(EventTypeTests.GoldenDirectory, file)), out var change).ShouldBeTrue(file);

        FieldByField.ShouldMatch(change, GoldenEvents.Expected[name]);
    }

    [Fact]
    public void TryReadPlain_WhenEveryEventOfTheSampleRegister_GivesWhatTheFullReaderGives()
    {
        var payloads = SampleReplay.Document.Modifications.SelectMany(m => m.Events)
            .Select(e => JsonSerializer.Serialize(e.Change, RegisterJson.Options)).ToList();

        payloads.Count.ShouldBeGreaterThan(100);
        foreach (var payload in payloads)
        {
            StoredChanges.TryReadPlain(payload, out var plain).ShouldBeTrue(payload);
            FieldByField.ShouldMatch(plain, JsonSerializer.Deserialize<ModificationChange>(payload, RegisterJson.Options));
            JsonSerializer.Serialize(plain, RegisterJson.Options).ShouldBe(payload);
        }
    }

    [Theory]
    [InlineData("""{"type":"history.baselined","typeVersion":1,"title":"T","state":"Development","source":"S"}""")]
    [InlineData("""{"type":"assessment.requested","typeVersion":1,"assessmentId":"PA1","kind":"Preliminary"}""")]
    [InlineData("""{"type":"DraftProposalRaised","title":"T","proposerName":"P","classification":"green"}""")]
    [InlineData("""{"type":"draft-proposal.raised","typeVersion":1,"title":"T","proposerName":"P","proposerOrganisation":null,"classification":"White"}""")]
    [InlineData("""{"type":"details.amended","typeVersion":1,"objectives":["A","c"],"costs":{"dccImplementation":[{"activity":"PIT","low":1,"high":2}]}}""")]
    [InlineData("""{"type":"consultation.response-received","typeVersion":1,"kind":"Refinement","respondent":"E.ON","category":"LargeSupplier","answers":[]}""")]
    public void Read_WhenFieldsAreLeftOutOrNull_GivesWhatTheFullReaderGives(string payload) =>
        FieldByField.ShouldMatch(StoredChanges.Read(payload), JsonSerializer.Deserialize<ModificationChange>(payload, RegisterJson.Options));

    [Theory]
    [InlineData("""{"type":"route.changed","typeVersion":1,"route":"ReportPhase","extra":1}""")]
    [InlineData("""{"type":"route.changed","typeVersion":1,"route":"Sideways"}""")]
    [InlineData("""{"type":"route.changed","typeVersion":2,"route":"ReportPhase"}""")]
    [InlineData("""{"type":"details.amended","typeVersion":1,"isEmpty":true}""")]
    [InlineData("""{"type":"assessment.requested","typeVersion":1,"assessmentId":"PA1","kind":"Preliminary","targetWorkingDays":1.5}""")]
    [InlineData("{\"type\":\"route.changed\",\"typeVersion\":1,\"route\":\"ReportPhase\"")]
    public void Read_WhenNotAValidChange_FailsAsTheFullReaderFails(string payload)
    {
        var full = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<ModificationChange>(payload, RegisterJson.Options));

        StoredChanges.TryReadPlain(payload, out _).ShouldBeFalse();
        Should.Throw<JsonException>(() => StoredChanges.Read(payload)).Message.ShouldBe(full.Message);
    }

    [Fact]
    public void Read_WhenTheTypeIsRepeated_FailsAsTheFullReaderFails()
    {
        const string payload = """{"type":"route.changed","typeVersion":1,"route":"ReportPhase","type":"route.changed"}""";
        var full = Should.Throw<ArgumentException>(() => JsonSerializer.Deserialize<ModificationChange>(payload, RegisterJson.Options));

        StoredChanges.TryReadPlain(payload, out _).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => StoredChanges.Read(payload)).Message.ShouldBe(full.Message);
    }
}
