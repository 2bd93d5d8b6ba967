using NodaTime;
using SecChange.Application.Meetings;
using SecChange.Domain;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;

namespace SecChange.Cli.Rendering;

/// <summary>A meeting as minutes: header, attendees, apologies, actions outstanding, items, new actions, AOB, next meeting.</summary>
public static class MeetingRender
{
    public static string Times(LocalTime? from, LocalTime? to) =>
        from is { } f ? to is { } t ? $"{f:HH:mm} – {t:HH:mm}" : $"{f:HH:mm}" : "";

    public static void Minutes(TextConsole console, MeetingView v)
    {
        void Line(string text = "") => console.WriteLine(text);

        Line($"{v.Id} ({Describe(v.Body)})");
        Line($"{Render.Date(v.On)}{(v.From is null ? "" : ", " + Times(v.From, v.To))}");
        if (v.Place is not null) Line(v.Place);
        Line($"Classification: {v.Classification.ToString().ToUpperInvariant()}");
        Line($"Papers due by: {Render.Date(v.PaperDeadline)}");
        Line(v.MinutesApproved is { } approved ? $"Minutes: approved at {approved.At} on {Render.Date(approved.On)}" : "Minutes: draft (not yet approved)");

        Line();
        Line("Attendees:");
        var attendees = Render.Table("Category", "Name", "Organisation", "Role", "Attended");
        foreach (var group in v.Attendees.GroupBy(a => a.Category ?? a.Organisation ?? ""))
        {
            foreach (var a in group) attendees.Row(a.Category, a.Name, a.Organisation, a.Role, a.Teleconference ? "teleconference" : "in person");
        }

        console.Write(attendees);

        Line("Apologies:");
        if (v.Apologies.Count == 0) Line("  None.");
        else
        {
            var apologies = Render.Table("Representing", "Name");
            foreach (var a in v.Apologies) apologies.Row(a.Representing, a.Name);
            console.Write(apologies);
        }

        Line("Actions outstanding:");
        Actions(console, v.ActionsOutstanding, Line);

        foreach (var item in v.Items)
        {
            Line();
            Line($"{item.Number}. {item.Title}{(item.Modifications.Count == 0 ? "" : " (" + string.Join(", ", item.Modifications) + ")")}");
            foreach (var o in item.Outcomes)
            {
                var step = o.Step is { } s ? $" [CSC outcome: {OptionParsers.Kebab(s)}{(o.Route is { } r ? ", " + r.Describe() : "")}]" : "";
                Line($"  {(o.Modification is null ? "" : o.Modification + ": ")}{o.Kind.ToString().ToUpperInvariant()} {o.Text}{step}");
            }
        }

        Line();
        Line("New actions:");
        Actions(console, v.NewActions, Line);

        Line("Any other business:");
        Line(v.OtherBusiness.Count == 0 ? "  None recorded." : string.Join("\n", v.OtherBusiness.Select(b => "  " + b)));
        Line($"Next meeting: {(v.NextMeetingOn is { } next ? Render.Date(next) : "not set")}");
    }

    public static void ActionTable(TextConsole console, IReadOnlyList<ActionView> actions)
    {
        var table = Render.Table("Reference", "Owner", "Action", "Due", "Status", "Updates");
        foreach (var a in actions)
        {
            table.Row(a.Reference, a.Owner, a.Text, a.DueOn, a.Status, string.Join("\n", a.Updates.Select(u => $"{u.Meeting} ({Render.Date(u.On)}): {u.Text}")));
        }

        console.Write(table);
        console.WriteLine(Words.Count(actions.Count, "action"));
    }

    private static void Actions(TextConsole console, IReadOnlyList<ActionView> actions, Action<string> line)
    {
        if (actions.Count == 0) line("  None.");
        else ActionTable(console, actions);
    }

    private static string Describe(MeetingBody body) => body switch
    {
        MeetingBody.Panel => "SEC Panel",
        MeetingBody.ChangeSubCommittee => "Change Sub-Committee",
        MeetingBody.ChangeBoard => "Change Board",
        MeetingBody.WorkingGroup => "Working Group",
        _ => "Sub-Committee",
    };
}
