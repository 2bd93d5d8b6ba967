using System.Globalization;
using System.Text.RegularExpressions;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;

namespace SecChange.Domain.Meetings;

/// <summary>
/// Identifies a meeting as its body's code and its number, written "CSC 11". Numbers are per body
/// and increase with each meeting, so earlier meetings of a body have lower numbers.
/// </summary>
public readonly partial record struct MeetingId(string Body, int Number)
{
    /// <summary>Only numbers its reference can be read back with (see <see cref="InputLimits.MaxMeetingNumber"/>).</summary>
    public int Number { get; init; } = InputLimits.Number(Number, InputLimits.MaxMeetingNumber, "meeting number");

    public static MeetingId Parse(string text) =>
        TryParse(text, out var id)
            ? id
            : throw DomainException.Invalid($"'{text}' is not a meeting: use the body's code and the meeting number, e.g. 'CSC 11'.");

    public static bool TryParse(string? text, out MeetingId id)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            id = new MeetingId(match.Groups["b"].Value.ToUpperInvariant(), number);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>True for a body code: letters only, so that "CSC11" reads as CSC 11.</summary>
    public static bool IsCode(string code) => CodePattern().IsMatch(code);

    public MeetingBody Kind => MeetingBodies.BodyOf(Body);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Body} {Number}");

    [GeneratedRegex("^(?<b>[A-Za-z]+) *(?<n>[0-9]{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex("^[A-Za-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
