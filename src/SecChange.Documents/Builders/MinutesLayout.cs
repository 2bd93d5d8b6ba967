using System.Globalization;
using SecChange.Application.Meetings;
using SecChange.Documents.Model;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;

namespace SecChange.Documents.Builders;

/// <summary>
/// Minutes and action log in the layout of seeds 002 and 000: attendees by category and by organisation, apologies,
/// actions outstanding with their updates, each agenda item with the modifications it concerns and their outcomes
/// ("The CSC <b>AGREED</b> ..."), the actions raised, any other business and the next meeting. "DRAFT" on every page
/// until the minutes are approved at a later meeting.
/// </summary>
public static class MinutesLayout
{
    /// <param name="titles">The modifications this reader may see in a document of the meeting's label, by reference, with their titles;
    /// anything about another modification (its part of an item, its actions) is left out.</param>
    public static Document Build(MeetingView m, IReadOnlyDictionary<string, string> titles)
    {
        var code = m.Id.Split(' ')[0];
        var subject = MeetingBodyNames.Subject(m.Body, code);
        bool Shown(IEnumerable<string> references) => references.All(titles.ContainsKey);
        var outstanding = m.ActionsOutstanding.Where(a => Shown(a.Modifications)).ToList();
        var raised = m.NewActions.Where(a => Shown(a.Modifications)).ToList();

        var blocks = new List<Block>
        {
            Paragraph.Of(new Run(m.IsDraft ? "Draft Minutes" : "Minutes", Bold: true),
                m.MinutesApproved is { } approved ? $" (approved at {approved.At} on {Date(approved.On)})" : ""),
        };
        blocks.AddRange(Attendance(m, code));

        var number = 0;
        var actionsShown = false;
        var otherBusinessShown = false;
        foreach (var item in m.Items)
        {
            number = item.Number;
            blocks.Add(new Heading(1, $"{item.Number}. {item.Title}"));
            if (IsActionsItem(item.Title))
            {
                blocks.AddRange(Outstanding(outstanding));
                actionsShown = true;
            }
            else if (IsOtherBusinessItem(item.Title))
            {
                blocks.AddRange(OtherBusiness(m));
                otherBusinessShown = true;
            }

            blocks.AddRange(Item(item, subject, titles, raised));
        }

        if (!actionsShown && outstanding.Count > 0)
        {
            blocks.Add(new Heading(1, $"{++number}. Actions Outstanding"));
            blocks.AddRange(Outstanding(outstanding));
        }

        if (!otherBusinessShown && m.OtherBusiness.Count > 0)
        {
            blocks.Add(new Heading(1, $"{++number}. Any Other Business (AOB)"));
            blocks.AddRange(OtherBusiness(m));
        }

        // The action log's new entries together, with their owners (the minutes give each under its item).
        if (raised.Count > 0)
        {
            blocks.Add(new Heading(1, "Summary of New Actions"));
            blocks.Add(new Table(["Action Reference", "Owner", "Action"],
                [.. raised.Select(a => (IReadOnlyList<Cell>)[a.Reference, a.Owner, Action(a)])], caption: "Actions raised at this meeting"));
        }

        if (m.NextMeetingOn is { } next)
        {
            blocks.Add(Paragraph.Of(new Run("Next Meeting: ", Bold: true), $"{Date(next)}."));
        }

        return new Document($"{MeetingBodyNames.Title(m.Body, code)} Meeting {m.Id[(code.Length + 1)..]}", m.Classification,
            new Provenance(m.MinutesApproved?.On ?? m.On, $"{m.Id} record version {m.Version}", null), blocks,
            Subtitle: Subtitle(m), Status: m.IsDraft ? "DRAFT" : null);
    }

    private static string Subtitle(MeetingView m)
    {
        var when = Date(m.On) + (m.From is { } from ? $", {from:HH:mm}" + (m.To is { } to ? $" – {to:HH:mm}" : "") : "");
        return m.Place is null ? when : $"{when}, {m.Place}";
    }

    private static IEnumerable<Block> Attendance(MeetingView m, string code)
    {
        yield return new Heading(2, "Attendees");
        var members = m.Attendees.Where(a => a.Category is not null).ToList();
        var others = m.Attendees.Where(a => a.Category is null).ToList();
        if (members.Count > 0)
        {
            yield return new Table(["Category", MeetingBodyNames.Members(m.Body, code)], Grouped(members, a => a.Category!), caption: "Members attending");
        }

        if (others.Count > 0)
        {
            yield return new Table(["Representing", members.Count > 0 ? "Other Participants" : "Attendees"], Grouped(others, a => a.Organisation ?? ""),
                caption: members.Count > 0 ? "Other participants" : "Attendees");
        }

        if (m.Attendees.Count == 0) yield return (Paragraph)"No attendance is recorded.";
        if (m.Apologies.Count > 0)
        {
            yield return new Heading(2, "Apologies");
            var rows = m.Apologies.GroupBy(a => a.Representing, StringComparer.OrdinalIgnoreCase)
                .SelectMany(g => g.Select((a, i) => (IReadOnlyList<Cell>)[i == 0 ? g.Key : "", a.Name])).ToList();
            yield return new Table(["Representing", "Name"], rows, caption: "Apologies");
        }
    }

    /// <summary>One row per attendee, the group named on its first row only (as the seeds' tables do).</summary>
    private static List<IReadOnlyList<Cell>> Grouped(IEnumerable<Attendee> attendees, Func<Attendee, string> group) =>
        attendees.GroupBy(group, StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => g.Select((a, i) => (IReadOnlyList<Cell>)[i == 0 ? g.Key : "", Attendee(a)])).ToList();

    /// <summary>"Paul Saker (teleconference)", "Louise Evans (Meeting Secretary)": the role unless the category already says it.</summary>
    private static Cell Attendee(Attendee a)
    {
        var notes = new List<string>();
        if (a.Role is { } role && a.Category?.Contains(role, StringComparison.OrdinalIgnoreCase) != true) notes.Add(role);
        if (a.Teleconference) notes.Add("teleconference");
        return notes.Count == 0 ? a.Name : Paragraph.Of(a.Name + " ", new Run($"({string.Join(", ", notes)})", Italic: true));
    }

    private static IEnumerable<Block> Outstanding(IReadOnlyList<ActionView> actions)
    {
        if (actions.Count == 0)
        {
            yield return (Paragraph)"There were no actions outstanding.";
            yield break;
        }

        yield return new Table(["Action Reference", "Action"], [.. actions.Select(a => (IReadOnlyList<Cell>)[$"ACTION {a.Reference}", new Cell(
        [
            Action(a),
            .. a.Updates.Select(u => Paragraph.Of(new Run($"Update at {u.Meeting} ({Date(u.On)}): ", Italic: true), u.Text)),
            Paragraph.Of(new Run("Status: ", Bold: true), a.Status == ActionStatus.Closed && a.ClosedOn is { } closed ? $"Closed on {Date(closed)}." : $"{a.Status}."),
        ])])], caption: "Actions outstanding");
    }

    private static Paragraph Action(ActionView a) => a.DueOn is { } due ? Paragraph.Of(a.Text, new Run($" (due {Date(due)})", Italic: true)) : a.Text;

    /// <summary>An item's part for each modification it concerns, then the outcomes that name none.</summary>
    private static IEnumerable<Block> Item(ItemView item, string subject, IReadOnlyDictionary<string, string> titles, IReadOnlyList<ActionView> raised)
    {
        foreach (var reference in item.Modifications.Where(titles.ContainsKey))
        {
            yield return new Heading(2, $"{reference} '{titles[reference]}'");
            foreach (var block in Outcomes(subject, item.Outcomes.Where(o => o.Modification == reference).ToList())) yield return block;
            foreach (var a in raised.Where(a => a.Modifications.Contains(reference)))
            {
                yield return Paragraph.Of(new Run($"{a.Reference}: ", Bold: true), $"{a.Text} (owner: {a.Owner})");
            }
        }

        foreach (var block in Outcomes(subject, item.Outcomes.Where(o => o.Modification is null).ToList())) yield return block;
    }

    /// <summary>"The CSC AGREED ..." for one outcome; "The CSC:" and a list for several (seed 002).</summary>
    private static IEnumerable<Block> Outcomes(string subject, IReadOnlyList<OutcomeView> outcomes)
    {
        if (outcomes.Count == 1)
        {
            yield return Paragraph.Of($"{subject} ", new Run(Kind(outcomes[0].Kind), Bold: true), $" {outcomes[0].Text}");
        }
        else if (outcomes.Count > 1)
        {
            yield return (Paragraph)$"{subject}:";
            yield return new BulletList([.. outcomes.Select(o => Paragraph.Of(new Run(Kind(o.Kind), Bold: true), $" {o.Text}"))]);
        }
    }

    private static IEnumerable<Block> OtherBusiness(MeetingView m) =>
        m.OtherBusiness.Count == 0 ? [(Paragraph)"There was no other business."] : m.OtherBusiness.Select(b => (Block)(Paragraph)b);

    private static string Kind(OutcomeKind kind) => kind.ToString().ToUpperInvariant();

    private static bool IsActionsItem(string title) => title.Contains("Actions Outstanding", StringComparison.OrdinalIgnoreCase);

    private static bool IsOtherBusinessItem(string title) =>
        title.Contains("Any Other Business", StringComparison.OrdinalIgnoreCase) || title.Trim().Equals("AOB", StringComparison.OrdinalIgnoreCase);

    internal static string Date(NodaTime.LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
