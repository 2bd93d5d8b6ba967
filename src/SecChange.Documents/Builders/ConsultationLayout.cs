using SecChange.Application.Views;
using SecChange.Documents.Model;
using SecChange.Domain;
using SecChange.Domain.Consultations;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using static SecChange.Domain.Consultations.ConsultationSummary;

namespace SecChange.Documents.Builders;

/// <summary>
/// A consultation's summary in SECAS's words: who responded (by party category), each question with "Five of eight
/// respondents agreed ..." and the counts per category with the reasons given, the costs respondents expect, and
/// the responses. Confidential respondents appear as "Confidential respondent" unless the consultation given
/// already names them (only for a reader who may see them).
/// </summary>
public static class ConsultationLayout
{
    public static Document Build(ModificationView modification, Consultation c)
    {
        var responses = c.Responses;
        var questions = ConsultationSummary.Of(c.Questions, responses);
        var kind = c.Kind.Describe();
        var blocks = new List<Block>
        {
            new Heading(1, "1. Summary"),
            (Paragraph)($"The {kind} on {modification.Reference} opened on {MinutesLayout.Date(c.OpenedOn)} and " +
                (c.ClosedOn is { } closed ? $"closed on {MinutesLayout.Date(closed)}." : $"closes on {MinutesLayout.Date(c.Closes)}; it is still open, so this summary is interim.")),
            (Paragraph)Received(responses),
        };
        if (responses.Count > 0)
        {
            blocks.Add(new Table(["Respondent category", "Respondents"],
                [.. responses.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => (IReadOnlyList<Cell>)[Words.Name(g.Key), g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)])],
                caption: "Respondents by category"));
        }

        var section = 1;
        foreach (var q in questions)
        {
            blocks.Add(new Heading(1, $"{++section}. Question {q.Question}: {q.Text}"));
            blocks.Add(Paragraph.Of(new Run(q.Sentence, Bold: true)));
            if (responses.Count == 0) continue;
            blocks.Add(new Table(["Respondent category", "Agreed", "Disagreed", "Neutral"],
            [
                .. q.ByCategory.Select(p => (IReadOnlyList<Cell>)[Words.Name(p.Key), N(p.Value.Agree), N(p.Value.Disagree), N(p.Value.Neutral)]),
                [Paragraph.Of(new Run("All respondents", Bold: true)), N(q.Agree), N(q.Disagree), N(q.Neutral)],
            ], caption: $"Positions on question {q.Question} by respondent category"));
            var reasons = responses.Select(r => (r, a: r.Answers.FirstOrDefault(a => a.Question == q.Question && !string.IsNullOrWhiteSpace(a.Text))))
                .Where(x => x.a is not null).ToList();
            if (reasons.Count > 0)
            {
                blocks.Add(new Heading(3, "Views given"));
                blocks.Add(new BulletList([.. reasons.Select(x => Paragraph.Of(new Run($"{x.r.Respondent} ({Words.Name(x.r.Category)}), {Position(x.a!.Position)}: ", Bold: true), x.a.Text!))]));
            }
        }

        blocks.Add(new Heading(1, $"{++section}. Costs expected"));
        blocks.AddRange(Costs(responses));
        if (responses.Count > 0)
        {
            blocks.Add(new Heading(1, $"{++section}. Responses"));
            blocks.Add(new Table(["Respondent", "Category", "Received", "Positions"],
                [.. responses.Select(r => (IReadOnlyList<Cell>)[r.Respondent, Words.Name(r.Category), MinutesLayout.Date(r.ReceivedOn) + (r.Late ? " (late)" : ""),
                    string.Join("; ", Positions(r))])], caption: "Responses received"));
        }

        if (responses.Any(r => r.Confidential))
        {
            blocks.Add(Note.Of("Confidential responses are counted in every figure; the respondent is named only to SECAS, and their costs are not published."));
        }

        var last = modification.Timeline.Count > 0 ? modification.Timeline[^1] : null;
        return new Document($"{modification.Reference} '{modification.Title}'", modification.Classification,
            new Provenance(last?.On ?? modification.AsOf, $"{modification.Reference} event {modification.Version}", last?.RecordedAt), blocks,
            Subtitle: $"{kind}: summary of responses", Status: c.ClosedOn is null ? "INTERIM" : null);

        IEnumerable<string> Positions(ConsultationResponse r) => questions.Select(x => $"Q{x.Question} {Position(r.PositionOn(x.Question))}");
    }

    /// <summary>"Eight responses were received (two confidential and one late)."</summary>
    private static string Received(IReadOnlyList<ConsultationResponse> responses)
    {
        if (responses.Count == 0) return "No responses were received.";
        var notes = new List<string>();
        if (responses.Count(r => r.Confidential) is var confidential and > 0) notes.Add($"{Number(confidential)} confidential");
        if (responses.Count(r => r.Late) is var late and > 0) notes.Add($"{Number(late)} late");
        var noun = responses.Count == 1 ? "response was" : "responses were";
        return $"{Capital(Number(responses.Count))} {noun} received" + (notes.Count == 0 ? "." : $" ({string.Join(" and ", notes)}).");
    }

    /// <summary>"Two of eight respondents expect to incur costs:" and what each said; costs of confidential respondents are not shown to others.</summary>
    private static IEnumerable<Block> Costs(IReadOnlyList<ConsultationResponse> responses)
    {
        var costs = responses.Where(r => !string.IsNullOrWhiteSpace(r.ExpectedCosts)).ToList();
        if (costs.Count == 0)
        {
            yield return (Paragraph)(responses.Count == 0 ? "No responses were received." : "No respondent said it expects to incur costs.");
            yield break;
        }

        yield return (Paragraph)(costs.Count == responses.Count
            ? $"All {Number(responses.Count)} respondents described the costs they expect to incur:"
            : $"{Capital(Number(costs.Count))} of {Number(responses.Count)} respondents described the costs they expect to incur:");
        yield return new BulletList([.. costs.Select(r => Paragraph.Of(new Run($"{r.Respondent}: ", Bold: true), r.ExpectedCosts!))]);
    }

    private static string Position(AnswerPosition p) => p switch
    {
        AnswerPosition.Agree => "agreed",
        AnswerPosition.Disagree => "disagreed",
        _ => "neutral",
    };

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
