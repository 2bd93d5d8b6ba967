using SecChange.Application.Exchange;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Application.Access;

/// <summary>
/// The whole register in the export format, as one viewer may see it: only the modifications and meetings
/// <see cref="Visibility"/> lets them see, hidden ones not named in what remains, and confidential consultation
/// respondents unnamed unless the viewer is SECAS.
/// </summary>
public sealed class VisibleExport(RegisterExchange exchange)
{
    public async Task<RegisterDocument> ExportAsync(Viewer viewer, CancellationToken ct = default)
    {
        var document = await exchange.ExportAsync(m => Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation), ct);
        var shown = document.Modifications.Select(m => m.Id).ToHashSet();
        var hidden = document.Meetings.SelectMany(MeetingRedaction.Mentioned).Concat(document.Actions.SelectMany(a => a.Modifications))
            .Where(id => !shown.Contains(id)).ToHashSet();
        var hiddenMeetings = document.Meetings.Where(m => !Visibility.MaySee(viewer, m.Classification, m.Attendees)).Select(m => m.Id).ToHashSet();
        var nameRespondents = Visibility.MayNameConfidentialRespondents(viewer);
        return document with
        {
            Modifications = nameRespondents ? document.Modifications : [.. document.Modifications.Select(Unnamed)],
            Meetings = [.. document.Meetings.Where(m => !hiddenMeetings.Contains(m.Id)).Select(m => MeetingRedaction.Redact(m, hidden))],
            Actions = [.. document.Actions.Where(a => !hiddenMeetings.Contains(a.Reference.Meeting) && MeetingRedaction.MayShow(a, hidden))],
        };
    }

    /// <summary>A history with each confidential response's respondent (and the Party who sent it) not named.</summary>
    private static ModificationHistory Unnamed(ModificationHistory history) => history with
    {
        Events = [.. history.Events.Select(e => e.Change is ConsultationResponseReceived { Confidential: true } response
            ? e with
            {
                Change = response with { Respondent = ModificationView.ConfidentialRespondent, ExpectedCosts = null },
                By = e.By.Role == ActorRole.Party ? e.By with { Name = ModificationView.ConfidentialRespondent, Organisation = null } : e.By,
            }
            : e)],
    };
}
