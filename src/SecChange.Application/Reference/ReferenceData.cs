using System.Text.Json;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;

namespace SecChange.Application.Reference;

/// <summary>
/// The data SecChange ships: England and Wales bank holidays (GOV.UK format), the SEC's configurable
/// rules, and the sample register recreated from the seed documents.
/// </summary>
public static class ReferenceData
{
    // Built only when a rules file is not plain (see TryReadPlain): building it builds RegisterJson's serializers.
    private static readonly Lazy<JsonSerializerOptions> RulesOptions =
        new(() => new(RegisterJson.Options) { ReadCommentHandling = JsonCommentHandling.Skip });

    private static readonly Lazy<WorkingDayCalendar> Calendar = new(() => BankHolidayData.ParseCalendar(BankHolidaysJson));

    public static WorkingDayCalendar EnglandAndWalesCalendar => Calendar.Value;

    public static string BankHolidaysJson => Read("bank-holidays.json");

    public static string SampleRegisterJson => Read("sample-register.json");

    public static RegisterDocument SampleRegister() => RegisterDocumentReader.Parse(SampleRegisterJson);

    /// <summary>The shipped SEC rules, or rules read from another code's file text.</summary>
    public static CodeRules Rules(string? json = null)
    {
        var text = json ?? Read("sec-rules.json");
        try
        {
            if (TryReadPlain(text) is { } rules)
            {
                return rules;
            }

            return JsonSerializer.Deserialize<CodeRules>(text, RulesOptions.Value) ?? throw DomainException.Invalid("The rules file is empty.");
        }
        catch (JsonException ex)
        {
            throw DomainException.Invalid($"The rules file is not valid: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>
    /// The rules when the file is plain (<see cref="PlainRecordReader"/>: no serializer compiled at start-up), else null
    /// and the full reader gives them or its error.
    /// </summary>
    private static CodeRules? TryReadPlain(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return PlainRecordReader.TryRead(document.RootElement, typeof(CodeRules), out var rules) ? (CodeRules?)rules : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Read(string name)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream($"SecChange.Data.{name}")
            ?? throw new InvalidOperationException($"The shipped data file {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
