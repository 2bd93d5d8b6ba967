using NodaTime;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Register;

/// <summary>
/// One row of the register list: what the register table shows without replaying events.
/// <see cref="FirstKnownOn"/> is the date of its first event (the raised date only when it was raised here).
/// </summary>
public sealed record ModificationSummary(
    ModificationId Id,
    string Reference,
    string Title,
    ModificationState State,
    Stage Stage,
    ModificationPath Path,
    string? ProposerOrganisation,
    string? ReleaseId,
    Classification Classification,
    LocalDate FirstKnownOn,
    LocalDate LastEventOn,
    ModificationId? Parent,
    int Version)
{
    public static ModificationSummary Of(Modification m) => new(
        m.Id, m.Reference, m.Title, m.State, m.Stage, m.Path, m.ProposerOrganisation,
        CurrentRelease(m), m.Classification, m.FirstKnownOn, m.LastEventOn, m.Parent, m.Version);

    /// <summary>The release the modification (or its latest part) is headed for or went into.</summary>
    public static string? CurrentRelease(Modification m) => m.Releases.Count == 0 ? null : m.Releases[^1].ReleaseId;
}

/// <summary>Filters for listing the register; every field is optional and they combine with AND.</summary>
public sealed record RegisterFilter
{
    public Stage? Stage { get; init; }
    public ModificationState? State { get; init; }
    public ModificationPath? Path { get; init; }
    /// <summary>The Proposer's organisation (case-insensitive, exact).</summary>
    public string? Party { get; init; }
    public string? ReleaseId { get; init; }
    /// <summary>Words to find in the reference, title, problem statement or solution (case-insensitive).</summary>
    public string? Text { get; init; }
    public int? Limit { get; init; }

    /// <summary>
    /// Lower-cased reference, title, problem statement and solution: what <see cref="Text"/> is looked for in
    /// (stores keep it as a column, so the search is case-insensitive in every database).
    /// </summary>
    public static string SearchText(Modification m) =>
        string.Join(' ', new[] { m.Reference, m.Title, m.ProblemStatement, m.Solution }.Where(t => !string.IsNullOrWhiteSpace(t)))
            .ToLowerInvariant();

    /// <summary>The filter applied in memory, as the stores apply it.</summary>
    public bool Matches(Modification m) =>
        MatchesListed(ModificationSummary.Of(m)) &&
        (string.IsNullOrWhiteSpace(Text) || SearchText(m).Contains(Text.Trim().ToLowerInvariant(), StringComparison.Ordinal));

    /// <summary>The filter on a list row, as the stores apply it; <see cref="Text"/> is not on the row and is not checked.</summary>
    public bool MatchesListed(ModificationSummary s) =>
        (Stage is null || s.Stage == Stage) &&
        (State is null || s.State == State) &&
        (Path is null || s.Path == Path) &&
        (Party is null || string.Equals(s.ProposerOrganisation, Party, StringComparison.OrdinalIgnoreCase)) &&
        (ReleaseId is null || string.Equals(s.ReleaseId, ReleaseId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An audit record of one command: who ran it, when, on what, and what it changed.</summary>
/// <param name="Client">Where the write came from (a web client's address); null for the command line.</param>
public sealed record AuditEntry(Instant At, string Actor, string Command, string Target, string Details, string? Client = null);
