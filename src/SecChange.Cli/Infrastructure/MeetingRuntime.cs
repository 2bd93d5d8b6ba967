using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using SecChange.Application.Meetings;

namespace SecChange.Cli;

/// <summary>What the meeting and action commands need beyond the register's runtime.</summary>
public static class MeetingRuntime
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>The meeting service over the chosen database.</summary>
    public static Task<MeetingService> MeetingsAsync(this CliRuntime runtime, ParseResult parse, CancellationToken ct) =>
        runtime.ServiceAsync<MeetingService>(parse, ct);

    /// <summary>A time of day as HH:mm, with a one-line error otherwise.</summary>
    public static Option<LocalTime?> TimeOption(string name, string description) => new(name)
    {
        Description = description + " (HH:mm)",
        CustomParser = ParseTime,
    };

    private static LocalTime? ParseTime(ArgumentResult r)
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
        var result = Time.Parse(text.Trim());
        if (result.Success) return result.Value;
        r.AddError($"'{text}' is not a time: use HH:mm (e.g. 10:00)");
        return null;
    }
}
