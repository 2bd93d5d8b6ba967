using System.Globalization;
using System.Text.Json;
using NodaTime;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain;
using SecChange.Domain.Modifications;

namespace SecChange.Cli.Rendering;

/// <summary>Plain, readable tables for the terminal, and the JSON form of the same data.</summary>
public static class Render
{
    public static void Json(TextWriter output, object value) =>
        output.WriteLine(JsonSerializer.Serialize(value, value.GetType(), RegisterJson.Indented));

    public static string Date(LocalDate? date) => date is { } d ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "";

    public static TextTable Table(params string[] columns) => new(columns);

    /// <summary>Adds a row of cells written as words: dates as "6 Apr 2020", enum members by their names (control characters are escaped).</summary>
    public static void Row(this TextTable table, params object?[] cells)
    {
        var text = new string[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            text[i] = Cell(cells[i]);
        }

        table.AddRow(text);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        LocalDate d => Date(d),
        Enum e => Words.Name(e),
        _ => value.ToString() ?? "",
    };

    public static void Summaries(TextConsole console, IReadOnlyList<ModificationSummary> rows, LocalDate? asAt = null)
    {
        var table = Table("Reference", "Title", "Stage", "Status", "Path", "Proposer", "Release", "Class");
        foreach (var s in rows)
        {
            table.Row(s.Reference, Shorten(s.Title, 60), s.Stage, s.State.Describe(), PathShort(s.Path), s.ProposerOrganisation,
                s.ReleaseId, s.Classification.ToString().ToUpperInvariant());
        }

        console.Write(table);
        console.WriteLine($"{Words.Count(rows.Count, "modification")}{(asAt is { } day ? $" as at the end of {Date(day)}" : "")}");
    }

    public static void Modification(TextConsole console, ModificationView v)
    {
        console.WriteLine($"{v.Reference} '{v.Title}'");
        var facts = TextTable.Grid(2);
        void Fact(string label, object? value)
        {
            var text = value switch
            {
                null => null,
                LocalDate d => Date(d),
                Enum e => Words.Name(e),
                System.Collections.IList list => Join(list), // a view's lists are immutable arrays
                _ => value.ToString(),
            };
            if (!string.IsNullOrWhiteSpace(text)) facts.AddRow(label, text);
        }

        Fact("Status", $"{v.StateName} ({v.Stage}){(v.EnteredFromHistory ? ", entered from published history" : "")}");
        Fact("Path", v.Path == ModificationPath.None ? null : v.Path.Describe() + (v.FastTrack ? ", Fast-Track" : "") + (v.Urgent ? ", Urgent" : ""));
        Fact("Route", v.Route == ModificationRoute.None ? null : v.Route.Describe());
        Fact("Proposer", v.Proposer is null ? null : v.Proposer + (v.ProposerOrganisation is null ? "" : $" ({v.ProposerOrganisation})"));
        Fact("Lead Analyst", v.LeadAnalyst);
        Fact("Raised", v.RaisedOn is { } raised ? Date(raised) : $"not known (first known {Date(v.FirstKnownOn)})");
        Fact("SECAS reply due", v.SecasResponseDueOn);
        Fact("Adoption", v.AdoptionRule);
        Fact("Classification", v.Classification.ToString().ToUpperInvariant());
        Fact("Alternative of", v.Parent);
        Fact("Alternatives", v.Alternatives);
        Fact("SEC Objectives", Objectives(v.Objectives));
        Fact("SEC documents", v.AffectedDocuments);
        Fact("Impacted parties", v.ImpactedCategories);
        Fact("IRPs", v.Irps);
        Fact("DCC impact", v.DccSystemImpact || v.DuisImpact ? (v.DccSystemImpact ? "DCC System" : "") + (v.DuisImpact ? (v.DccSystemImpact ? ", DUIS" : "DUIS") : "") : null);
        Fact("Lead time", v.LeadTimeMonths is { } months ? $"{months} months" : null);
        Fact("Costs", v.Costs is { } costs ? CostText(costs) : null);
        Fact("Referral window", v.ReferralWindowCloses is { } referral ? $"closes {Date(referral)}" : null);
        Fact("Appeal window", v.AppealWindowCloses is { } appeal ? $"closes {Date(appeal)}" : null);
        Fact("Problem", v.ProblemStatement);
        Fact("Solution", v.Solution);
        Fact("Version", v.Version);
        console.Write(facts);

        if (v.Assessments.Count > 0)
        {
            var t = Table("Assessment", "Kind", "Status", "Requested", "Accepted", "Returned", "Target", $"Duration (WD to {Date(v.AsOf)})", "Due");
            foreach (var a in v.Assessments)
            {
                t.Row(a.Id, a.Kind.Abbreviation(), a.Status, a.RequestedOn, a.AcceptedOn, a.ReturnedOn,
                    a.TargetWorkingDays > 0 ? $"{a.TargetWorkingDays} WD" : "", a.DurationWorkingDays is { } d ? $"{d} WD" : "", a.DueOn);
            }

            console.Write(t);
        }

        if (v.Consultations.Count > 0)
        {
            var t = Table("Consultation", "Opened", "Closes", "Closed");
            foreach (var c in v.Consultations) t.Row(c.Kind.Describe(), c.OpenedOn, c.Closes, c.ClosedOn);
            console.Write(t);
        }

        if (v.Decisions.Count > 0)
        {
            var t = Table("Decision", "By", "Outcome", "Kind");
            foreach (var d in v.Decisions) t.Row(d.On, d.Body.Describe(), d.Outcome.Describe(), d.IsFinal ? "decision" : "recommendation");
            console.Write(t);
        }

        if (v.Releases.Count > 0)
        {
            var t = Table("Release", "Part", "Status", "Since");
            foreach (var r in v.Releases) t.Row(r.ReleaseId, r.Part, r.Status, r.Since);
            console.Write(t);
        }

        Timeline(console, v.Timeline);
        console.WriteLine(v.AllowedNext.Count == 0 ? "Allowed next: nothing (closed)." : $"Allowed next: {string.Join(", ", v.AllowedNext)}");
    }

    public static void Timeline(TextConsole console, IReadOnlyList<TimelineEntry> timeline)
    {
        var t = Table("#", "Date", "Step", "What happened", "By", "Reason");
        foreach (var e in timeline) t.Row(e.Sequence, e.On, e.Step, e.Description, e.By, e.Reason);
        console.Write(t);
    }

    /// <summary>"(a), (c)".</summary>
    private static string Objectives(IReadOnlyList<SecObjective> objectives)
    {
        var letters = new string[objectives.Count];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = $"({objectives[i].ToString().ToLowerInvariant()})";
        }

        return string.Join(", ", letters);
    }

    /// <summary>A list's items in words, comma-separated (by index: enumerating a list of enum values compiles code per type).</summary>
    private static string Join(System.Collections.IList list)
    {
        var words = new string[list.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Cell(list[i]);
        }

        return string.Join(", ", words);
    }

    public static string CostText(CostEstimate c)
    {
        var parts = new List<string>();
        if (c.DccTotal is { } total) parts.Add($"DCC {Pounds.Range(total.Low, total.High)}");
        else if (c.DccImplementation.Count > 0)
            parts.Add("DCC " + string.Join("; ", c.DccImplementation.Select(l => $"{l.Activity} {Pounds.Of(l)}")));
        if (c.SecasCost is { } s) parts.Add($"SECAS {Pounds.Format(s)}{(c.SecasEffortDays is { } days ? $" ({days} days)" : "")}");
        if (c.AnnualSupportCost is { } annual) parts.Add($"{Pounds.Format(annual)} per annum");
        if (c.PartyCosts is not null) parts.Add($"Parties: {c.PartyCosts}");
        return string.Join(", ", parts);
    }

    /// <summary>0.75 as "75.0%".</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string PathShort(ModificationPath path) => path == ModificationPath.None ? "" : $"Path {(int)path}";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
