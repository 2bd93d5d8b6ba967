using System.Globalization;
using SecChange.Domain.Parties;

namespace SecChange.Domain.Consultations;

/// <summary>Counts for one question, overall and per party category.</summary>
public sealed record QuestionSummary(
    int Question,
    string Text,
    int Agree,
    int Disagree,
    int Neutral,
    IReadOnlyDictionary<PartyCategory, (int Agree, int Disagree, int Neutral)> ByCategory,
    string Sentence);

/// <summary>
/// The "All eight respondents agreed ..." style summary of a consultation. Only responses count: a
/// Party that did not respond is neither support nor opposition, and an unanswered question is neutral.
/// </summary>
public static class ConsultationSummary
{
    private static readonly string[] Words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static IReadOnlyList<QuestionSummary> Of(IReadOnlyList<string> questions, IReadOnlyList<ConsultationResponse> responses) =>
        questions.Select((text, i) =>
        {
            var q = i + 1;
            int Count(IEnumerable<ConsultationResponse> rs, AnswerPosition p) => rs.Count(r => r.PositionOn(q) == p);
            var byCategory = responses.GroupBy(r => r.Category).OrderBy(g => g.Key).ToDictionary(
                g => g.Key, g => (Count(g, AnswerPosition.Agree), Count(g, AnswerPosition.Disagree), Count(g, AnswerPosition.Neutral)));
            var (agree, disagree, neutral) = (Count(responses, AnswerPosition.Agree), Count(responses, AnswerPosition.Disagree),
                Count(responses, AnswerPosition.Neutral));
            return new QuestionSummary(q, text, agree, disagree, neutral, byCategory, Sentence(responses.Count, agree, disagree, neutral));
        }).ToList();

    /// <summary>"All eight respondents agreed", "Five of eight respondents agreed; two disagreed; one was neutral".</summary>
    public static string Sentence(int respondents, int agree, int disagree, int neutral)
    {
        if (respondents == 0) return "No responses were received.";
        var noun = respondents == 1 ? "respondent" : "respondents";
        if (agree == respondents) return respondents == 1 ? "The one respondent agreed." : $"{All(respondents)} {noun} agreed.";
        if (disagree == respondents) return respondents == 1 ? "The one respondent disagreed." : $"{All(respondents)} {noun} disagreed.";
        var parts = new List<string>();
        if (agree > 0) parts.Add($"{Capital(Number(agree))} of {Number(respondents)} {noun} agreed");
        if (disagree > 0) parts.Add(parts.Count == 0 ? $"{Capital(Number(disagree))} of {Number(respondents)} {noun} disagreed" : $"{Number(disagree)} disagreed");
        if (neutral > 0) parts.Add(parts.Count == 0 ? $"{Capital(Number(neutral))} of {Number(respondents)} {noun} were neutral" : $"{Number(neutral)} {(neutral == 1 ? "was" : "were")} neutral");
        return string.Join("; ", parts) + ".";
    }

    /// <summary>"Both" for two, "All eight" for more.</summary>
    private static string All(int respondents) => respondents == 2 ? "Both" : $"All {Number(respondents)}";

    /// <summary>A count as SECAS writes it: words up to ten ("eight"), figures above.</summary>
    public static string Number(int n) => n < Words.Length ? Words[n] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The word with its first letter in capitals, to open a sentence ("Five of eight ...").</summary>
    public static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
