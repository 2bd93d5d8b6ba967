using NodaTime;
using SecChange.Domain.Parties;

namespace SecChange.Domain.Consultations;

public enum AnswerPosition
{
    None = 0,
    Agree,
    Disagree,
    /// <summary>Also what an unanswered question counts as (seed 000: no response is neutral).</summary>
    Neutral,
}

/// <summary>An answer to question <see cref="Question"/> (1-based).</summary>
public sealed record ConsultationAnswer(int Question, AnswerPosition Position, string? Text = null);

/// <summary>A Party's response; confidential ones are counted but not published; late ones are flagged, not lost.</summary>
public sealed record ConsultationResponse(
    string Respondent,
    PartyCategory Category,
    LocalDate ReceivedOn,
    IReadOnlyList<ConsultationAnswer> Answers,
    string? ExpectedCosts,
    bool Confidential,
    bool Late)
{
    /// <summary>The position on a question; an unanswered question is neutral.</summary>
    public AnswerPosition PositionOn(int question) =>
        Answers.FirstOrDefault(a => a.Question == question)?.Position ?? AnswerPosition.Neutral;
}
