using System.Globalization;
using SecChange.Application.ModificationReport;
using SecChange.Application.Views;
using SecChange.Documents.Glossary;
using SecChange.Documents.Model;
using SecChange.Domain;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using static SecChange.Domain.Consultations.ConsultationSummary;

namespace SecChange.Documents.Builders;

/// <summary>
/// The Modification Report in the layout of seed 004 (MP105): About this document; 1 Summary; 2 Issue; 3 Solution;
/// 4 Impacts; 5 Costs; 6 Implementation approach; 7 Assessment of the proposal; Appendix 1 Progression timetable
/// (from the events); Appendix 2 Glossary (the acronyms the report uses, from the SEC glossary). The words SECAS
/// writes come from the modification's report text; everything else from its fields and events. A section with
/// nothing recorded says so rather than being left out, so a reader sees what is still to be written.
/// </summary>
public static class ModificationReportLayout
{
    /// <summary>The party categories a Modification Report ticks, in its order.</summary>
    private static readonly (PartyCategory Category, string Name)[] PartyCategories =
    [
        (PartyCategory.LargeSupplier, "Large Suppliers"),
        (PartyCategory.SmallSupplier, "Small Suppliers"),
        (PartyCategory.ElectricityNetworkParty, "Electricity Network Operators"),
        (PartyCategory.GasNetworkParty, "Gas Network Operators"),
        (PartyCategory.OtherSecParty, "Other SEC Parties"),
        (PartyCategory.Dcc, "DCC"),
    ];

    public static Document Build(ModificationReportContent content, SecGlossary glossary)
    {
        var m = content.Modification;
        var text = m.ReportText.ToDictionary(t => t.Section, t => t.Text);
        var body = new List<Block>();
        body.AddRange(About(m, text, content.SecasMailbox));
        body.AddRange(Summary(content, text));
        body.AddRange(Numbered(1, "2. Issue", text, ReportSection.Issue, m.ProblemStatement));
        body.AddRange(Numbered(1, "3. Solution", text, ReportSection.Solution, m.Solution));
        body.AddRange(Impacts(m, text, glossary));
        body.AddRange(Costs(m, text));
        body.AddRange(Implementation(content, text));
        body.AddRange(Assessment(m, text));
        body.AddRange(Timetable(content.Timetable));
        body.AddRange(GlossaryAppendix(AcronymScanner.Scan(AcronymScanner.TextOf(body), glossary)));

        var last = m.Timeline.Count > 0 ? m.Timeline[^1] : null;
        return new Document($"{m.Reference} '{m.Title}'", m.Classification,
            new Provenance(content.AsAt, $"{m.Reference} event {m.Version}", last?.RecordedAt), body,
            Subtitle: m.ModificationReportApproved ? "Modification Report" : "Draft Modification Report",
            Status: m.ModificationReportApproved ? null : "DRAFT");
    }

    /// <summary>The acronyms of a built report that the glossary lacks (reported to whoever generates it).</summary>
    public static IReadOnlyList<string> UndefinedAcronyms(Document report, SecGlossary glossary) =>
        AcronymScanner.Scan(AcronymScanner.TextOf(report.Blocks), glossary).Undefined;

    private static IEnumerable<Block> About(ModificationView m, Dictionary<ReportSection, string> text, string mailbox)
    {
        yield return new Heading(1, "About this document");
        yield return (Paragraph)(m.ModificationReportApproved
            ? "This document is the final Modification Report. It sets out the background, issue, solution, impacts, costs, implementation " +
              "approach and progression timetable for this modification, along with any relevant discussions, views and conclusions."
            : "This document is a draft Modification Report. It currently sets out the background, issue, solution, impacts, costs, " +
              "implementation approach and progression timetable for this modification, along with any relevant discussions, views and " +
              "conclusions. This document will be updated as this modification progresses.");
        if (text.TryGetValue(ReportSection.Annexes, out var annexes))
        {
            var blocks = ReportTextBlocks.Of(annexes);
            var items = blocks.SelectMany(b => b switch
            {
                BulletList l => l.Items,
                Paragraph p => [p],
                _ => [],
            }).ToList();
            yield return (Paragraph)$"This document also has {Number(items.Count)} {Words.Noun(items.Count, "annex", "annexes")}:";
            yield return new BulletList(items);
        }

        yield return new Heading(2, "Contact");
        yield return (Paragraph)"If you have any questions on this modification, please contact:";
        yield return m.LeadAnalyst is { } analyst
            ? Paragraph.Of(new Run(analyst, Bold: true), $" (SECAS), {mailbox}")
            : (Paragraph)$"SECAS, {mailbox}";
    }

    /// <summary>1 Summary: the text written for it, or one composed from the register as seed 004's summary reads.</summary>
    private static IEnumerable<Block> Summary(ModificationReportContent content, Dictionary<ReportSection, string> text)
    {
        var m = content.Modification;
        yield return new Heading(1, "1. Summary");
        if (text.TryGetValue(ReportSection.Summary, out var written))
        {
            foreach (var b in ReportTextBlocks.Of(written, headingLevel: 2)) yield return b;
            yield break;
        }

        if (m.Proposer is { } proposer)
        {
            yield return (Paragraph)$"This proposal has been raised by {proposer}{(m.ProposerOrganisation is { } org ? $" from {org}" : "")}.";
        }

        if (m.ProblemStatement is { } problem) yield return (Paragraph)problem;
        if (m.Solution is { } solution) yield return (Paragraph)$"The Proposed Solution: {solution}";
        var closing = new List<string>();
        if (m.Costs?.DccTotal is { } total) closing.Add($"This modification is expected to cost {Pounds.Range(total.Low, total.High)} to implement.");
        else if (m.Costs?.DccImplementation is { Count: > 0 } lines) closing.Add($"The DCC estimates {Pounds.Of(lines[0])} for {lines[0].Activity}; the other costs are to be confirmed.");
        if (Recommendation(m) is { } path) closing.Add(path);
        if (Target(content) is { } target) closing.Add($"The targeted implementation date is {target}.");
        if (closing.Count > 0) yield return (Paragraph)string.Join(" ", closing);
    }

    private static IEnumerable<Block> Impacts(ModificationView m, Dictionary<ReportSection, string> text, SecGlossary glossary)
    {
        yield return new Heading(1, "4. Impacts");
        yield return (Paragraph)"This section summarises the impacts that would arise from the implementation of this modification.";
        yield return new Heading(2, "SEC Parties");
        yield return new Table(["SEC Party category", "Impacted"],
            [.. PartyCategories.Select(c => (IReadOnlyList<Cell>)[c.Name, m.ImpactedCategories.Contains(c.Category) ? "Yes" : "No"])],
            caption: "SEC Party categories impacted");
        foreach (var b in Written(text, ReportSection.PartyImpacts)) yield return b;

        yield return new Heading(2, "DCC System");
        if (!m.DccSystemImpact)
        {
            yield return (Paragraph)"This modification will not impact the DCC System.";
        }
        else
        {
            yield return (Paragraph)(m.ServiceProviders.Count == 0
                ? "This modification will impact the DCC System; the Service Providers impacted are not yet recorded."
                : $"Of the DCC's Service Providers, this modification is expected to impact {Join(m.ServiceProviders.Select(p => "the " + p))}{(m.ServiceProviders.Count == 1 ? " only" : "")}.");
            if (m.TestPhases.Count > 0) yield return (Paragraph)$"This modification will require {Join(m.TestPhases.Select(p => glossary.TermFor(p) is { } term ? $"{term} ({p})" : p))}.";
            yield return (Paragraph)(m.DuisImpact
                ? "This modification changes the DCC User Interface Specification (DUIS) and should be implemented in a release that uplifts it."
                : "This modification does not change the DCC User Interface Specification (DUIS).");
        }

        foreach (var b in Written(text, ReportSection.DccSystemImpact)) yield return b;

        yield return new Heading(2, "SEC and subsidiary documents");
        if (m.AffectedDocuments.Count == 0)
        {
            yield return (Paragraph)"No parts of the SEC are recorded as impacted.";
        }
        else
        {
            yield return (Paragraph)"The following parts of the SEC will be impacted:";
            yield return new BulletList([.. m.AffectedDocuments.Select(d => (Paragraph)d)]);
        }

        foreach (var b in Written(text, ReportSection.SecDocumentImpact)) yield return b;
        foreach (var section in new[] { ReportSection.ConsumerImpact, ReportSection.OtherCodesImpact, ReportSection.GreenhouseGasImpact })
        {
            yield return new Heading(2, section.Heading());
            foreach (var b in WrittenOrMissing(text, section)) yield return b;
        }
    }

    private static IEnumerable<Block> Costs(ModificationView m, Dictionary<ReportSection, string> text)
    {
        yield return new Heading(1, "5. Costs");
        yield return new Heading(2, "DCC costs");
        foreach (var b in Written(text, ReportSection.DccCosts)) yield return b;
        if (m.Costs is { DccImplementation.Count: > 0 } costs)
        {
            var rows = costs.DccImplementation.Select(l => (IReadOnlyList<Cell>)[l.Activity, Pounds.Of(l)]).ToList();
            if (costs.DccTotal is { } total) rows.Add([Paragraph.Of(new Run("Total", Bold: true)), Paragraph.Of(new Run(Pounds.Range(total.Low, total.High), Bold: true))]);
            yield return new Table(["Activity", "Cost"], rows, caption: "Breakdown of DCC implementation costs");
        }
        else
        {
            yield return (Paragraph)"No DCC cost estimate is recorded yet.";
        }

        if (m.Costs?.AnnualSupportCost is { } annual) yield return (Paragraph)$"The DCC estimates ongoing support at {Pounds.Format(annual)} per annum.";

        yield return new Heading(2, "SECAS costs");
        yield return (Paragraph)(m.Costs switch
        {
            { SecasEffortDays: { } days, SecasCost: { } cost } =>
                $"The estimated SECAS implementation costs to implement this modification is {Number(days)} {Words.Noun(days, "day")} of effort, amounting to approximately {Pounds.Format(cost)}.",
            { SecasCost: { } cost } => $"The estimated SECAS implementation costs to implement this modification are approximately {Pounds.Format(cost)}.",
            { SecasEffortDays: { } days } => $"The estimated SECAS implementation effort is {Number(days)} {Words.Noun(days, "day")}.",
            _ => "No SECAS cost estimate is recorded yet.",
        });
        foreach (var b in Written(text, ReportSection.SecasCosts)) yield return b;

        yield return new Heading(2, "SEC Party costs");
        yield return (Paragraph)(m.Costs?.PartyCosts ?? "No Party costs are recorded yet.");
    }

    /// <summary>6: the release rule applied to the decision date (seed 004's two options), or the release decided.</summary>
    private static IEnumerable<Block> Implementation(ModificationReportContent content, Dictionary<ReportSection, string> text)
    {
        var m = content.Modification;
        yield return new Heading(1, "6. Implementation approach");
        var decided = m.Releases.Where(r => r.Status is ReleaseStatus.Approved or ReleaseStatus.Implemented).ToList();
        if (decided.Count > 0)
        {
            yield return new Heading(2, "Approved implementation approach");
            foreach (var r in decided)
            {
                var release = content.Releases.FirstOrDefault(x => string.Equals(x.Id, r.ReleaseId, StringComparison.OrdinalIgnoreCase));
                var name = release is null ? r.ReleaseId : $"{MinutesLayout.Date(release.Date)} ({release.Name})";
                yield return (Paragraph)(r.Status == ReleaseStatus.Implemented
                    ? $"This modification was implemented on {name}{Part(r.Part)}."
                    : $"This modification is approved for implementation on {name}{Part(r.Part)}.");
            }
        }
        else if (content.ReleaseOptions.Count > 0)
        {
            yield return new Heading(2, "Recommended implementation approach");
            yield return (Paragraph)"SECAS is recommending an implementation date of:";
            var items = new List<Paragraph>();
            for (var i = 0; i < content.ReleaseOptions.Count; i++)
            {
                var o = content.ReleaseOptions[i];
                var when = i == 0
                    ? $"if a decision to approve is received on or before {MinutesLayout.Date(o.DecisionDeadline)}"
                    : $"if a decision to approve is received after {MinutesLayout.Date(content.ReleaseOptions[i - 1].DecisionDeadline)} but on or before {MinutesLayout.Date(o.DecisionDeadline)}";
                items.Add((Paragraph)$"{MinutesLayout.Date(o.Release.Date)} ({o.Release.Name}) {when}{(i < content.ReleaseOptions.Count - 1 ? "; or" : ".")}");
            }

            yield return new BulletList(items);
            yield return (Paragraph)($"These dates allow the lead time of {Words.Count(content.LeadTimeMonths, "month")} between the decision and the release" +
                (m.DccSystemImpact || m.DuisImpact ? $", in a scheduled release that can carry {(m.DuisImpact ? "DUIS" : "DCC System")} changes." : "."));
        }
        else
        {
            yield return (Paragraph)"No scheduled release in the register can still take this modification; SECAS will propose one.";
        }

        foreach (var b in Written(text, ReportSection.ImplementationApproach)) yield return b;
    }

    private static IEnumerable<Block> Assessment(ModificationView m, Dictionary<ReportSection, string> text)
    {
        yield return new Heading(1, "7. Assessment of the proposal");
        yield return new Heading(2, "Observations on the issue");
        foreach (var b in Titled(text, ReportSection.PartyViews, ReportSection.CscViews)) yield return b;
        if (text.ContainsKey(ReportSection.SolutionDevelopment))
        {
            yield return new Heading(2, ReportSection.SolutionDevelopment.Heading());
            foreach (var b in Written(text, ReportSection.SolutionDevelopment)) yield return b;
        }

        yield return new Heading(2, "Support for Change");
        foreach (var b in Titled(text, ReportSection.WorkingGroupViews, ReportSection.SubCommitteeViews, ReportSection.BusinessCase)) yield return b;
        foreach (var c in m.Consultations)
        {
            yield return new Heading(3, $"{c.Kind.Describe()} responses");
            yield return (Paragraph)ConsultationLine(c);
            foreach (var q in Domain.Consultations.ConsultationSummary.Of(c.Questions, c.Responses))
            {
                yield return Paragraph.Of(new Run($"Question {q.Question}: ", Bold: true), $"{q.Text} {q.Sentence}");
            }
        }

        yield return new Heading(2, "Views against the General SEC Objectives");
        if (m.Objectives.Count > 0)
        {
            yield return (Paragraph)($"The Proposer believes that {m.Reference} will better facilitate General SEC {Words.Noun(m.Objectives.Count, "Objective")} " +
                $"{Join(m.Objectives.Select(o => $"({o.ToString().ToLowerInvariant()})"))}.");
        }

        foreach (var b in Titled(text, ReportSection.ProposerObjectiveViews, ReportSection.IndustryObjectiveViews)) yield return b;
    }

    private static IEnumerable<Block> Timetable(IReadOnlyList<TimetableEntry> timetable)
    {
        yield return new Heading(1, "Appendix 1: Progression timetable");
        yield return new Table(["Action", "Date"],
            [.. timetable.Select(t => (IReadOnlyList<Cell>)[t.Action, t.To is { } to && to != t.From ? $"{Short(t.From)} - {Short(to)}" : Short(t.From)])],
            caption: "Timetable");
    }

    private static IEnumerable<Block> GlossaryAppendix(AcronymsUsed acronyms)
    {
        yield return new Heading(1, "Appendix 2: Glossary");
        yield return (Paragraph)"This table lists all the acronyms used in this document and the full term they are an abbreviation for.";
        yield return new Table(["Acronym", "Full term"], [.. acronyms.Defined.Select(a => (IReadOnlyList<Cell>)[a.Acronym, a.Term])], caption: "Glossary");
        if (acronyms.Undefined.Count > 0)
        {
            yield return (Note)$"Not in the SEC glossary, so not defined here: {string.Join(", ", acronyms.Undefined)}.";
        }
    }

    /// <summary>A numbered section of the report's own words; the register's short field stands in until SECAS writes it.</summary>
    private static IEnumerable<Block> Numbered(int level, string heading, Dictionary<ReportSection, string> text, ReportSection section, string? fallback)
    {
        yield return new Heading(level, heading);
        if (text.TryGetValue(section, out var written))
        {
            foreach (var b in ReportTextBlocks.Of(written, headingLevel: level + 1)) yield return b;
        }
        else
        {
            yield return (Paragraph)(fallback ?? $"The {section.Heading().ToLowerInvariant()} is not yet written.");
        }
    }

    /// <summary>Sub-sections under their own headings; those not written are left out.</summary>
    private static IEnumerable<Block> Titled(Dictionary<ReportSection, string> text, params ReportSection[] sections)
    {
        var any = false;
        foreach (var section in sections.Where(text.ContainsKey))
        {
            any = true;
            yield return new Heading(3, section.Heading());
            foreach (var b in ReportTextBlocks.Of(text[section], headingLevel: 3)) yield return b;
        }

        if (!any) yield return (Paragraph)"No views are recorded yet.";
    }

    private static IEnumerable<Block> Written(Dictionary<ReportSection, string> text, ReportSection section) =>
        text.TryGetValue(section, out var written) ? ReportTextBlocks.Of(written) : [];

    private static IEnumerable<Block> WrittenOrMissing(Dictionary<ReportSection, string> text, ReportSection section) =>
        text.ContainsKey(section) ? Written(text, section) : [new Paragraph([new Run("Not yet assessed.")])];

    private static string? Recommendation(ModificationView m) => m.Path switch
    {
        ModificationPath.SelfGovernance => "We recommend this is a Self-Governance Modification.",
        ModificationPath.AuthorityDetermination => "We recommend this is an Authority Determination Modification.",
        ModificationPath.AuthorityLed => "This is an Authority-led Modification.",
        _ => null,
    };

    /// <summary>"4 November 2021 (November 2021 SEC Release)": the release targeted, or the first the rule gives.</summary>
    private static string? Target(ModificationReportContent content)
    {
        var releases = content.Modification.Releases;
        var entry = releases.Count == 0 ? null : releases[^1];
        var release = entry is null
            ? (content.ReleaseOptions.Count == 0 ? null : content.ReleaseOptions[0].Release)
            : content.Releases.FirstOrDefault(r => string.Equals(r.Id, entry.ReleaseId, StringComparison.OrdinalIgnoreCase));
        return release is null ? null : $"{MinutesLayout.Date(release.Date)} ({release.Name})";
    }

    private static string ConsultationLine(Consultation c)
    {
        var span = $"The {c.Kind.Describe()} ran from {MinutesLayout.Date(c.OpenedOn)} to {MinutesLayout.Date(c.ClosedOn ?? c.Closes)}" +
            (c.ClosedOn is null ? " (still open)" : "");
        return c.Responses.Count == 0
            ? $"{span}; the register holds no responses to it."
            : $"{span}; {Number(c.Responses.Count)} {Words.Noun(c.Responses.Count, "response was", "responses were")} received.";
    }

    private static string Part(string? part) => part is null ? "" : $" ({part})";

    private static string Short(NodaTime.LocalDate date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"a, b and c".</summary>
    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
