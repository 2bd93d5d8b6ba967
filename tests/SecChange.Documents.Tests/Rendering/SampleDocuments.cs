using NodaTime;
using SecChange.Documents.Model;
using SecChange.Domain.Modifications;

namespace SecChange.Documents.Tests.Rendering;

/// <summary>A document with every kind of block, from the seeds' own content (seed 001's stage counts, seed 002's actions).</summary>
internal static class SampleDocuments
{
    public static readonly Provenance Provenance = new(new LocalDate(2020, 7, 31), "MP135 event 3", Instant.FromUtc(2020, 7, 23, 9, 30));

    public static Document Every(Classification label = Classification.White, string? status = null, int extraRows = 0) => new(
        "Change Status Report — August 2020", label, Provenance,
        [
            new Heading(1, "1. Summary"),
            Paragraph.Of("This report provides a monthly update on the status of SEC ", new Run("Draft Proposals", Italic: true), "."),
            new BarChart("Proposals currently in each stage", "Proposals", [new Bar("Define", 5), new Bar("Refine", 20), new Bar("Report", 3), new Bar("Decision", 4)]),
            new Heading(2, "Decisions"),
            new BulletList([Paragraph.Of("MP103 'DCC SOC2 Assessments'"), Paragraph.Of("MP118 'Communications Hub Finance Charges'")]),
            new Heading(3, "Actions outstanding"),
            new Table(["Action Reference", "Action"],
            [
                ["ACTION CSC 10/01", new Cell(["DCC to provide the CSC with draft legal text.", Paragraph.Of(new Run("Status: ", Bold: true), "Open.")])],
                .. Enumerable.Range(1, extraRows).Select(i => (IReadOnlyList<Cell>)[$"CSC 11/{i:00}", $"Action {i} | with a pipe"]),
            ], caption: "Actions outstanding"),
            Paragraph.Of("The CSC ", new Run("AGREED", Bold: true), " further development is required."),
            Note.Of("Durations are counted in Working Days."),
        ],
        Subtitle: "SEC Panel, 14 August 2020", Status: status);
}
