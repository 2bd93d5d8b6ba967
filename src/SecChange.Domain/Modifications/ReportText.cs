using SecChange.Domain.Errors;

namespace SecChange.Domain.Modifications;

/// <summary>
/// The parts of a Modification Report that SECAS writes in words (seed 004): the issue, the solution, the impacts
/// beyond the ticked categories, the views of Parties and committees, and so on. Everything else in the report is
/// drawn from the register's fields and events.
/// </summary>
public enum ReportSection
{
    None = 0,
    /// <summary>1 Summary; when not written, the report composes one from the register's fields.</summary>
    Summary,
    /// <summary>2 Issue: current arrangements, the issue, how it relates to the SEC, the impact of doing nothing.</summary>
    Issue,
    /// <summary>3 Solution: the Proposed Solution (and any alternative) in full.</summary>
    Solution,
    /// <summary>4 Impacts on SEC Parties, beyond the categories ticked.</summary>
    PartyImpacts,
    /// <summary>4 Impacts on the DCC System, beyond the Service Providers and test phases listed.</summary>
    DccSystemImpact,
    /// <summary>4 Impacts on the SEC and subsidiary documents, beyond the documents listed.</summary>
    SecDocumentImpact,
    ConsumerImpact,
    OtherCodesImpact,
    GreenhouseGasImpact,
    /// <summary>5 Costs: how the DCC estimate came about (the table is drawn from the cost fields).</summary>
    DccCosts,
    /// <summary>5 Costs: the SECAS activities behind the effort.</summary>
    SecasCosts,
    /// <summary>6 Implementation approach, after the release rule the report works out.</summary>
    ImplementationApproach,
    /// <summary>7 Views of SEC Parties on the issue.</summary>
    PartyViews,
    /// <summary>7 Views of the Change Sub-Committee.</summary>
    CscViews,
    /// <summary>7 Solution development: the questions the Working Group and others raised, and the answers.</summary>
    SolutionDevelopment,
    WorkingGroupViews,
    /// <summary>7 Views of other Sub-Committees (SSC, TABASC, OPSG ...).</summary>
    SubCommitteeViews,
    /// <summary>7 Business case assessment: Party feedback on costs and benefits.</summary>
    BusinessCase,
    /// <summary>7 The Proposer's views against the General SEC Objectives.</summary>
    ProposerObjectiveViews,
    /// <summary>7 Industry views against the General SEC Objectives.</summary>
    IndustryObjectiveViews,
    /// <summary>About this document: the annexes, one per line ("Annex A contains the business requirements ...").</summary>
    Annexes,
}

/// <summary>One section's text: paragraphs separated by blank lines; "### " starts a sub-heading, "- " a bullet.</summary>
public sealed record ReportText(ReportSection Section, string Text);

/// <summary>The words and short names of each section, for the CLI's --text, the web form and the report's headings.</summary>
public static class ReportSections
{
    // Rows of a record class, not tuples: queries over a tuple holding an enum are compiled afresh in every process.
    private sealed record Row(ReportSection Section, string Slug, string Heading);

    private static readonly Row[] Table =
    [
        new(ReportSection.Summary, "summary", "Summary"),
        new(ReportSection.Issue, "issue", "Issue"),
        new(ReportSection.Solution, "solution", "Solution"),
        new(ReportSection.PartyImpacts, "party-impacts", "SEC Parties"),
        new(ReportSection.DccSystemImpact, "dcc-system", "DCC System"),
        new(ReportSection.SecDocumentImpact, "sec-documents", "SEC and subsidiary documents"),
        new(ReportSection.ConsumerImpact, "consumers", "Consumers"),
        new(ReportSection.OtherCodesImpact, "other-codes", "Other industry Codes"),
        new(ReportSection.GreenhouseGasImpact, "greenhouse-gas", "Greenhouse gas emissions"),
        new(ReportSection.DccCosts, "dcc-costs", "DCC costs"),
        new(ReportSection.SecasCosts, "secas-costs", "SECAS costs"),
        new(ReportSection.ImplementationApproach, "implementation", "Implementation approach"),
        new(ReportSection.PartyViews, "party-views", "Views of SEC Parties"),
        new(ReportSection.CscViews, "csc-views", "Views of the Change Sub-Committee"),
        new(ReportSection.SolutionDevelopment, "solution-development", "Solution development"),
        new(ReportSection.WorkingGroupViews, "working-group-views", "Working Group views"),
        new(ReportSection.SubCommitteeViews, "sub-committee-views", "Sub-Committee views"),
        new(ReportSection.BusinessCase, "business-case", "Business case assessment"),
        new(ReportSection.ProposerObjectiveViews, "proposer-views", "Proposer's views"),
        new(ReportSection.IndustryObjectiveViews, "industry-views", "Industry views"),
        new(ReportSection.Annexes, "annexes", "Annexes"),
    ];

    /// <summary>Every section, in the order the report prints them.</summary>
    public static IReadOnlyList<ReportSection> All { get; } = Array.ConvertAll(Table, t => t.Section);

    /// <summary>"dcc-system": how the CLI and the web form name a section.</summary>
    public static string Slug(this ReportSection section) => Table.First(t => t.Section == section).Slug;

    /// <summary>"DCC System": the section's heading in the report.</summary>
    public static string Heading(this ReportSection section) => Table.First(t => t.Section == section).Heading;

    /// <summary>A section by its short name, refusing an unknown one with the names that exist.</summary>
    public static ReportSection Parse(string slug) =>
        Table.FirstOrDefault(t => string.Equals(t.Slug, slug.Trim(), StringComparison.OrdinalIgnoreCase)) is { Section: not ReportSection.None } found
            ? found.Section
            : throw DomainException.Invalid($"'{slug}' is not a Modification Report section: use one of {string.Join(", ", Table.Select(t => t.Slug))}.");

    /// <summary>The sections after an amendment: each amended section replaces the one held, an empty (or blank) text removes it.</summary>
    public static IReadOnlyList<ReportText> Merge(IReadOnlyList<ReportText> held, IReadOnlyList<ReportText> amended)
    {
        // A list of records, not a dictionary keyed by the section: that would be compiled afresh in every process that replays one.
        var sections = new List<ReportText>(held);
        foreach (var t in amended)
        {
            sections.RemoveAll(s => s.Section == t.Section);
            if (!string.IsNullOrWhiteSpace(t.Text)) sections.Add(t);
        }

        sections.Sort((a, b) => ((int)a.Section).CompareTo((int)b.Section));
        return sections;
    }
}
