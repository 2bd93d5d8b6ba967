using System.Globalization;
using NodaTime;
using SecChange.Application.StatusReport;
using SecChange.Documents.Model;
using SecChange.Domain;
using SecChange.Domain.Modifications;
using SecChange.Domain.Releases;

namespace SecChange.Documents.StatusReport;

/// <summary>
/// The Change Status Report's layout (seed 001), the one template every format is rendered from: the report's
/// content (<see cref="ChangeStatusReport"/>) laid out as headings, paragraphs, lists, tables and the stage chart.
/// </summary>
public static class ChangeStatusReportDocument
{
    public const string Title = "Change Status Report";

    public static Document Of(ChangeStatusReport r) => new(
        Title,
        r.Classification,
        new Provenance(r.AsAt, r.Source.LastEventReference is { } last ? $"{last}, {Day(r.Source.LastEventOn!.Value)}" : "none",
            r.Source.LastRecordedAt),
        [.. Purpose(), .. Summary(r), .. Define(r), .. Refine(r), .. Opine(r), .. Releases(r), .. Notes(r)],
        Subtitle: $"The register as at {Day(r.AsAt)}");

    private static string Day(LocalDate d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Short(LocalDate d) => d.ToString("d MMM yy", CultureInfo.InvariantCulture);

    private static string Named(ModificationLine m) => $"{m.Reference} ‘{m.Title}’";

    private static string Wd(int? days) => days is { } d ? $"{d} WD" : "not known";

    private static string Kind(AssessmentKind kind) => kind.Abbreviation();

    private static BulletList List(IEnumerable<string> items) => new(items.Select(i => (Paragraph)i).ToList());

    /// <summary>A list under its lead-in sentence, or the sentence for when there is nothing.</summary>
    private static IEnumerable<Block> Listed(IReadOnlyCollection<string> items, string none, Func<int, string> leadIn)
    {
        if (items.Count == 0)
        {
            yield return (Paragraph)none;
            yield break;
        }

        yield return (Paragraph)leadIn(items.Count);
        yield return List(items);
    }

    private static string Number(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine", 10 => "ten",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Modifications(int n) => $"{Number(n)} {Words.Noun(n, "modification")}";

    private static IEnumerable<Block> Purpose() =>
    [
        new Heading(1, "1. Purpose"),
        (Paragraph)"This document is the Change Status Report, which provides information on the progress of Smart Energy Code (SEC) Modifications and Releases.",
        new Heading(1, "2. Recommendation"),
        Paragraph.Of("The Panel is requested to ", new Run("NOTE", Bold: true), " the contents of this report."),
    ];

    private static IEnumerable<Block> Summary(ChangeStatusReport r)
    {
        yield return new Heading(1, "3. Summary");
        yield return (Paragraph)($"This report provides a monthly update on the status and progress of SEC Draft Proposals, Modification Proposals and " +
            $"Releases, highlighting key information and decisions made since the last report ({Day(r.Periods.MonthFrom)} to {Day(r.Periods.To)}).");
        yield return new Heading(2, "Proposals currently in each stage");
        yield return new BarChart("Proposals currently in each stage", "Proposals", r.Stages.Select(s => new Bar(s.Name, s.Count)).ToList());
        yield return new Heading(2, "Recommended to proceed to the Refinement Process");
        foreach (var b in Listed(r.RecommendedForRefinement.Select(Named).ToList(),
                     "There are no modifications being presented to the Panel for progression to the Refinement Process this month.",
                     n => $"There {Words.Noun(n, "is", "are")} {Modifications(n)} being presented to the Panel for progression to the Refinement Process this month:")) yield return b;
        yield return new Heading(2, "Recommended to proceed to the Report Phase");
        foreach (var b in Listed(r.RecommendedForReportPhase.Select(Named).ToList(),
                     "There are no modifications being presented to the Panel for progression to the Report Phase this month.",
                     n => $"There {Words.Noun(n, "is", "are")} {Modifications(n)} being presented to the Panel for progression to the Report Phase this month:")) yield return b;
        yield return new Heading(2, "Decisions");
        foreach (var b in Listed(r.Approved.Select(d => Named(d.Modification)).ToList(), "No modifications were approved this month.",
                     n => $"{Modifications(n)[..1].ToUpperInvariant()}{Modifications(n)[1..]} {Words.Noun(n, "was", "were")} approved this month:")) yield return b;
    }

    private static IEnumerable<Block> Define(ChangeStatusReport r)
    {
        yield return new Heading(1, "4. Define");
        yield return new Heading(2, "New Draft Proposals");
        if (r.Define.NewDraftProposals.Count == 0) yield return (Paragraph)"No Draft Proposals were raised this month.";
        foreach (var p in r.Define.NewDraftProposals)
        {
            yield return new Heading(3, p.Modification.Reference);
            var by = p.ProposerName is null ? "" : $" by {p.ProposerName}{(p.ProposerOrganisation is null ? "" : $" of {p.ProposerOrganisation}")}";
            yield return (Paragraph)$"{Named(p.Modification)} was raised{by} on {Day(p.RaisedOn)}.";
            if (p.Summary is { } summary) yield return (Paragraph)summary;
            if (p.ImplementedOn is { } implemented) yield return (Paragraph)$"This modification was implemented on {Day(implemented)}.";
        }

        yield return new Heading(2, "Change Sub-Committee decisions");
        foreach (var b in Listed(r.Define.CscDecisions.Select(CscDecision).ToList(),
                     "The CSC did not recommend any Draft Proposals be presented to the Panel for conversion to Modification Proposals this month.",
                     _ => "The CSC's outcomes on Draft Proposals this month:")) yield return b;
    }

    private static string CscDecision(CscDecisionLine d) => d.Outcome switch
    {
        CscOutcome.ReadyToConvert => $"{Named(d.Modification)}: ready to convert, recommended for the {d.RecommendedRoute.Describe()} ({Day(d.On)})",
        CscOutcome.FurtherDevelopmentRequired => $"{Named(d.Modification)}: further development required ({Day(d.On)})",
        _ => $"{Named(d.Modification)}: noted ({Day(d.On)})",
    };

    private static IEnumerable<Block> Refine(ChangeStatusReport r)
    {
        yield return new Heading(1, "5. Refine");
        yield return new Heading(2, "Working Group meetings");
        if (r.Refine.LastMonthlyMeeting is { } last)
        {
            yield return (Paragraph)$"The last monthly Working Group meeting was held on {Day(last.On)}, and included the following modifications:";
            yield return List(last.Modifications.Select(Named));
        }

        if (r.Refine.NextMonthlyMeeting is { } next)
        {
            yield return (Paragraph)($"The next monthly Working Group meeting will be held on {Day(next.On)}" +
                (next.Modifications.Count == 0 ? "." : ", and its agenda includes the following modifications:"));
            if (next.Modifications.Count > 0) yield return List(next.Modifications.Select(Named));
            if (next.NextMeetingOn is { } after) yield return (Paragraph)$"The meeting after it is planned for {Day(after)}.";
        }

        foreach (var a in r.Refine.AdHocMeetings)
        {
            yield return (Paragraph)($"An ad-hoc Working Group meeting was held on {a.On.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)} on {Named(a.Modification)}" +
                (a.Summary is { } s ? $": {s}." : "."));
        }

        yield return new Heading(2, "Refinement Consultations");
        foreach (var b in Consultations(r.Refine.RefinementConsultationsOpen, r.Refine.RefinementConsultationsExpected, "Refinement Consultation")) yield return b;

        yield return new Heading(2, "Impact Assessment requests");
        foreach (var b in Listed(r.Refine.ImpactAssessmentsApproved.Select(l => Named(l.Modification)).ToList(),
                     "No Impact Assessment requests were approved by the Change Board this month.",
                     _ => "The following Impact Assessment requests were approved by the Change Board this month:")) yield return b;
        foreach (var d in r.Refine.ImpactAssessmentsDeferred)
        {
            yield return (Paragraph)$"The {Named(d.Modification)} Impact Assessment request was deferred by the Change Board on {Day(d.On)}.";
        }

        yield return new Heading(2, "DCC assessment timescales");
        yield return (Paragraph)$"The timescales below cover the 12-month period up to {Day(r.Periods.To)}.";
        yield return Timescales(r.Assessments.Summary, "Assessment", "DCC assessments: totals and average durations");
        yield return new Heading(3, "Open assessments");
        yield return new Table(["Modification", "Type", "Accepted", "Target duration", "Current duration"],
            r.Assessments.Open.Select(a => (IReadOnlyList<Cell>)[a.Reference, Kind(a.Kind), Short(a.AcceptedOn), Wd(a.TargetWorkingDays), Wd(a.CurrentWorkingDays)]).ToList(),
            "Open DCC assessments");
        yield return new Heading(3, "Returned assessments");
        yield return new Table(["Modification", "Type", "Returned", "Target duration", "Actual duration"],
            r.Assessments.Returned.Select(a => (IReadOnlyList<Cell>)[a.Reference, Kind(a.Kind), Short(a.ReturnedOn), Wd(a.TargetWorkingDays), Wd(a.ActualWorkingDays)]).ToList(),
            "DCC assessments returned in the last 12 months");
    }

    private static IEnumerable<Block> Consultations(IReadOnlyList<ConsultationLine> open, IReadOnlyList<ExpectedConsultationLine> expected, string kind)
    {
        foreach (var b in Listed(open.Select(c => $"{Named(c.Modification)} (issued {Day(c.OpenedOn)}, closes {Day(c.Closes)})").ToList(),
                     $"There are currently no Modification Proposals out for {kind}.",
                     _ => $"The following Modification Proposals are out for {kind}:")) yield return b;
        foreach (var week in expected.GroupBy(e => e.WeekCommencing))
        {
            yield return (Paragraph)$"The following {kind}s are expected to be issued in the week commencing {Day(week.Key)}:";
            yield return List(week.Select(e => Named(e.Modification)));
        }
    }

    private static Table Timescales(IReadOnlyList<TimescaleRow> rows, string first, string caption) =>
        new([first, "Total", "Average duration"],
            rows.Select(t => (IReadOnlyList<Cell>)[t.Label, t.Total.ToString(CultureInfo.InvariantCulture),
                t.AverageWorkingDays is { } avg ? $"{avg} WD" + (t.WithDuration < t.Total ? $" (of {t.WithDuration} with known dates)" : "") : "not known"]).ToList(),
            caption);

    private static IEnumerable<Block> Opine(ChangeStatusReport r)
    {
        yield return new Heading(1, "6. Opine");
        yield return new Heading(2, "Modification Report Consultations");
        foreach (var b in Consultations(r.Opine.ReportConsultationsOpen, r.Opine.ReportConsultationsExpected, "Modification Report Consultation")) yield return b;

        yield return new Heading(2, "Change Board votes");
        // One voting day (the usual case) is named in the lead-in, as the seed does; otherwise each vote gives its day.
        var oneDay = r.Opine.ChangeBoardVotes.Select(v => v.On).Distinct().Count() == 1;
        foreach (var b in Listed(r.Opine.ChangeBoardVotes.Select(v => Vote(v, withDay: !oneDay)).ToList(), "The Change Board did not vote on any modifications this month.",
                     n => $"The Change Board voted on {Modifications(n)}{(oneDay ? $" on {Day(r.Opine.ChangeBoardVotes[0].On)}" : "")}:")) yield return b;

        yield return new Heading(2, "Authority decisions");
        foreach (var b in Listed(r.Opine.AuthorityDecisions.Select(d => $"{Named(d.Modification)} was {Past(d.Outcome)} by the Authority on {Day(d.On)}.").ToList(),
                     "There were no Authority decisions in the last month.", _ => "The Authority decided:")) yield return b;
        foreach (var m in r.Opine.WithTheAuthority) yield return (Paragraph)$"{Named(m)} is currently with the Authority for decision.";

        yield return new Heading(2, "Modification progression timescales");
        yield return (Paragraph)$"The timescales below cover the 12-month period up to {Day(r.Periods.To)}.";
        yield return Timescales(r.Opine.ProposalTimescales, "Status", "Proposal timescales");
    }

    private static string Past(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approve => "approved",
        DecisionOutcome.Reject => "rejected",
        _ => "sent back",
    };

    private static string Vote(DecisionLine d, bool withDay)
    {
        var how = d.IsFinal || d.Outcome == DecisionOutcome.SendBack
            ? $"was {Past(d.Outcome)}{(d.IsSelfGovernance ? " under Self-Governance" : "")}"
            : $"was recommended for {(d.Outcome == DecisionOutcome.Approve ? "approval" : "rejection")} to the Authority";
        var release = d.Release is { } rel
            ? rel.Kind == ReleaseKind.Standalone ? $" for implementation on {Day(rel.Date)} as a standalone release" : $" for implementation in the {rel.Name}"
            : "";
        var challenged = d.ChallengedTo switch
        {
            DecidingBody.Panel => " This decision has since been referred to the Panel.",
            DecidingBody.Authority => " This decision has since been appealed to the Authority.",
            _ => "",
        };
        return $"{Named(d.Modification)} {how}{release}{(withDay ? $" on {Day(d.On)}" : "")}.{challenged}";
    }

    private static IEnumerable<Block> Releases(ChangeStatusReport r)
    {
        yield return new Heading(1, "7. Releases");
        yield return new Heading(2, "SEC Releases");
        foreach (var b in Listed(r.Releases.Implemented.Select(i => $"{Named(i.Modification)}{(i.Part is null ? "" : $" {i.Part}")} was implemented on {Day(i.On)} ({i.Release.Name}).").ToList(),
                     "No modifications were implemented this month.", n => $"{Modifications(n)[..1].ToUpperInvariant()}{Modifications(n)[1..]} {Words.Noun(n, "was", "were")} implemented this month:")) yield return b;
        if (r.Releases.NextScheduled is { } next)
        {
            var approved = r.Releases.ApprovedForNext;
            yield return (Paragraph)($"There {Words.Noun(approved.Count, "is", "are")} currently {approved.Count} {Words.Noun(approved.Count, "modification")} " +
                $"approved for implementation in the {next.Name} ({Day(next.Date)})" + (approved.Count == 0 ? "." : ":"));
            if (approved.Count > 0) yield return List(approved.Select(a => Named(a.Modification) + (a.Part is null ? "" : $" {a.Part.ToLowerInvariant()}")));
        }
    }

    private static IEnumerable<Block> Notes(ChangeStatusReport r) =>
        [new Heading(1, "Notes"), .. r.Notes.Select(n => (Block)(Note)n)];
}
