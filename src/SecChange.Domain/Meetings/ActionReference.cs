using System.Globalization;
using System.Text.RegularExpressions;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;

namespace SecChange.Domain.Meetings;

/// <summary>
/// An action's reference, "CSC 10/01": the meeting that raised it and a two-digit sequence within that
/// meeting. Minutes write it with or without the word "ACTION" in front; both parse.
/// </summary>
public readonly partial record struct ActionReference(MeetingId Meeting, int Sequence)
{
    /// <summary>Only sequences its reference can be read back with (see <see cref="InputLimits.MaxActionSequence"/>).</summary>
    public int Sequence { get; init; } = InputLimits.Number(Sequence, InputLimits.MaxActionSequence, "action sequence");

    public static ActionReference Parse(string text) =>
        TryParse(text, out var reference)
            ? reference
            : throw DomainException.Invalid($"'{text}' is not an action reference: use the meeting and a sequence, e.g. 'CSC 10/01'.");

    public static bool TryParse(string? text, out ActionReference reference)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (match.Success && MeetingId.TryParse(match.Groups["m"].Value, out var meeting)
            && int.TryParse(match.Groups["s"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence is > 0 and < 100)
        {
            reference = new ActionReference(meeting, sequence);
            return true;
        }

        reference = default;
        return false;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Meeting}/{Sequence:00}");

    [GeneratedRegex("^(?:ACTION +)?(?<m>[A-Za-z]+ *[0-9]{1,4})/(?<s>[0-9]{1,2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
