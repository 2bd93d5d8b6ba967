using SecChange.Domain.Errors;

namespace SecChange.Domain.Modifications;

/// <summary>The General SEC Objectives as people write them: a to f, with or without brackets.</summary>
public static class SecObjectives
{
    public static SecObjective Parse(string text) =>
        text.Trim().Trim('(', ')').ToUpperInvariant() is { Length: 1 } letter && Enum.TryParse<SecObjective>(letter, out var o) && o != SecObjective.None
            ? o
            : throw DomainException.Invalid($"'{text}' is not a General SEC Objective: use a to f.");
}
