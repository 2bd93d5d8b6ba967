using SecChange.Application.Access;
using SecChange.Documents.Model;
using SecChange.Domain.Meetings;

namespace SecChange.Documents.Builders;

/// <summary>
/// The minutes of a meeting for one reader: the meeting must be one the reader may see (else it is "not found", as
/// a missing one), and a modification the reader may not see, or classified above the meeting, is left out with
/// everything said about it.
/// </summary>
public sealed class MinutesDocuments(VisibleMeetings meetings, VisibleRegister register)
{
    public async Task<Document> BuildAsync(Viewer reader, string meetingId, CancellationToken ct = default)
    {
        var meeting = await meetings.ShowAsync(reader, meetingId, ct);
        var references = meeting.Items.SelectMany(i => i.Modifications)
            .Concat(meeting.ActionsOutstanding.Concat(meeting.NewActions).SelectMany(a => a.Modifications))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        // Hidden from this reader, classified above the meeting, or no longer in the register: the minutes say nothing about it.
        var titles = (await register.TitlesAsync(reader, references, ct))
            .Where(t => ClassificationLabel.Fits(t.Value.Label, meeting.Classification))
            .ToDictionary(t => t.Key, t => t.Value.Title, StringComparer.OrdinalIgnoreCase);
        return MinutesLayout.Build(meeting, titles);
    }

    /// <summary>The file name without extension: "minutes-CSC-11".</summary>
    public static string FileStem(string meetingId) =>
        "minutes-" + string.Join('-', (MeetingId.TryParse(meetingId, out var id) ? id.ToString() : meetingId).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
