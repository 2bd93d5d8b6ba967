using SecChange.Application.Register;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Access;

/// <summary>
/// A meeting the viewer may see can concern modifications they may not: those are not named, and what is
/// about them alone (an agenda item, an outcome, an action) is left out, since its words would name them.
/// </summary>
public static class MeetingRedaction
{
    /// <summary>The modifications among <paramref name="mentioned"/> that exist and the viewer may not see.</summary>
    public static async Task<IReadOnlySet<ModificationId>> HiddenAsync(IRegisterSession session, Viewer viewer,
        IEnumerable<ModificationId> mentioned, CancellationToken ct)
    {
        var ids = mentioned.Distinct().ToList();
        if (viewer.IsSecas || ids.Count == 0)
        {
            return new HashSet<ModificationId>();
        }

        return (await session.FindManyAsync(ids, ct))
            .Where(m => !Visibility.MaySee(viewer, m.Value.Classification, m.Value.ProposerName, m.Value.ProposerOrganisation))
            .Select(m => m.Key).ToHashSet();
    }

    /// <summary>Every modification a meeting's agenda and outcomes name.</summary>
    public static IEnumerable<ModificationId> Mentioned(Meeting meeting) =>
        meeting.Items.SelectMany(i => i.Modifications.Concat(i.Outcomes.Select(o => o.Modification).OfType<ModificationId>()));

    public static Meeting Redact(Meeting meeting, IReadOnlySet<ModificationId> hidden) => hidden.Count == 0 ? meeting : meeting with
    {
        Items = [.. meeting.Items
            .Where(i => i.Modifications.Count == 0 || i.Modifications.Any(id => !hidden.Contains(id)))
            .Select(i => i with
            {
                Modifications = [.. i.Modifications.Where(id => !hidden.Contains(id))],
                Outcomes = [.. i.Outcomes.Where(o => o.Modification is not { } id || !hidden.Contains(id))],
            })],
    };

    /// <summary>Whether an action may be shown: it names no hidden modification.</summary>
    public static bool MayShow(ActionItem action, IReadOnlySet<ModificationId> hidden) => !action.Modifications.Any(hidden.Contains);
}
