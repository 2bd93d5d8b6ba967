using System.Text.Json;
using System.Text.Json.Serialization;
using SecChange.Domain.Errors;

namespace SecChange.Cli;

/// <summary>
/// A failure as the user sees it on stderr: one line (`error: ...`), or with --json one JSON object of a stable
/// shape: {"error": message, "code": "bad-input|rule-broken|not-found|conflict|unexpected", "exitCode": n,
/// "suggestions": [...] (only when there are some)}.
/// </summary>
public sealed record CliError(
    [property: JsonPropertyName("error")] string Message,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("exitCode")] int ExitCode,
    [property: JsonPropertyName("suggestions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Suggestions = null)
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CliError Of(DomainException ex) => ex.Kind switch
    {
        ErrorKind.NotFound => new(ex.Message, "not-found", CliApp.NotFound),
        ErrorKind.Conflict => new(ex.Message, "conflict", CliApp.Conflict),
        ErrorKind.RuleBroken => new(ex.Message, "rule-broken", CliApp.BadInput),
        _ => BadInput(ex.Message),
    };

    public static CliError BadInput(string message, IReadOnlyList<string>? suggestions = null) =>
        new(message, "bad-input", CliApp.BadInput, suggestions is { Count: > 0 } ? suggestions : null);

    public static CliError Unexpected(string message) => new(message, "unexpected", CliApp.Unexpected);

    /// <summary>Writes the error and returns its exit code.</summary>
    public async Task<int> WriteAsync(TextWriter error, bool json)
    {
        await error.WriteLineAsync(json ? JsonSerializer.Serialize(this, Options) : $"error: {Message}");
        return ExitCode;
    }
}
