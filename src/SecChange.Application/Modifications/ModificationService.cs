using NodaTime;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Application.Modifications;

/// <summary>
/// Raising proposals and alternatives, and taking process steps on them. Each call is one transaction:
/// it loads what it needs, lets the domain decide, appends the events with an audit entry and commits;
/// on any error nothing is written. Every call returns a <see cref="StepResult"/> view; the aggregate
/// stays inside the application layer.
/// </summary>
public sealed class ModificationService(RegisterCore core)
{
    /// <summary>Raises a Draft Proposal; the number is the next free one unless given (for history).</summary>
    /// <param name="solution">The solution the Proposer has in mind, recorded in the same transaction as the Proposer's amendment.</param>
    public async Task<StepResult> RaiseDraftProposalAsync(DraftProposalRaised raised, LocalDate on, Actor by,
        int? number = null, string? solution = null, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var id = new ModificationId(NumberSeries.Current, number ?? await session.MaxNumberAsync(NumberSeries.Current, ct) + 1);
        if (await session.FindAsync(id, ct) is { } existing)
        {
            throw DomainException.Broken($"{existing.Reference} already exists ('{existing.Title}'); choose another number.");
        }

        var process = await core.ProcessAsync(session, ct);
        var modification = process.Create(id, raised, on, by);
        await core.AuditAsync(session, by, "raise", modification.Reference, raised.Describe(), ct);
        if (!string.IsNullOrWhiteSpace(solution))
        {
            // Whoever raises a Draft Proposal is its Proposer, who may amend its details.
            var e = process.Take(modification, new DetailsAmended { Solution = solution.Trim() }, on, by with { Role = ActorRole.Proposer });
            await core.AuditAsync(session, by, "amend", modification.Reference, e.Change.Describe(), ct);
        }

        await session.AppendAsync(modification, 0, ct);
        return await core.CommitAsync(session, modification, 0, ct);
    }

    /// <summary>Raises an alternative solution (e.g. MP102A) as its own record linked to its parent; the letter is the next free one unless given.</summary>
    public async Task<StepResult> RaiseAlternativeAsync(string parentReference, char? letter, string title, LocalDate on, Actor by,
        CancellationToken ct = default)
    {
        if (letter is { } given && !char.IsAsciiLetter(given))
        {
            throw DomainException.Invalid($"An alternative's letter is one of A to Z, not '{given}'.");
        }

        await using var session = await core.WriteAsync(ct);
        var parent = await RegisterCore.RequireAsync(session, parentReference, ct);
        var used = parent.Alternatives.Select(a => a.Alternative!.Value).ToHashSet();
        var chosen = letter is { } l ? char.ToUpperInvariant(l) : Enumerable.Range('A', 26).Select(c => (char)c).First(c => !used.Contains(c));
        var id = parent.Id with { Alternative = chosen };
        if (await session.FindAsync(id, ct) is not null)
        {
            throw DomainException.Broken($"{id} already exists.");
        }

        var process = await core.ProcessAsync(session, ct);
        var parentVersion = parent.Version;
        process.Take(parent, new AlternativeLinked(id), on, by);
        var alternative = process.Create(id, new AlternativeRaised(parent.Id, title, by.Name, by.Organisation, parent.Path, parent.Route), on, by);

        await session.AppendAsync(parent, parentVersion, ct);
        await session.AppendAsync(alternative, 0, ct);
        await core.AuditAsync(session, by, "alternative", alternative.Reference, $"Alternative to {parent.Reference}", ct);
        return await core.CommitAsync(session, alternative, 0, ct);
    }

    /// <summary>Takes one process step on a modification.</summary>
    /// <param name="ifVersion">When given, the step is refused if the modification changed since that version.</param>
    public Task<StepResult> TakeStepAsync(string reference, ModificationChange change, LocalDate on, Actor by,
        string? reason = null, int? ifVersion = null, CancellationToken ct = default) =>
        TakeStepsAsync(reference, [change], on, by, reason, ifVersion, ct);

    /// <summary>Takes several steps on one modification (e.g. a decision and the release approval) in one transaction.</summary>
    public Task<StepResult> TakeStepsAsync(string reference, IReadOnlyList<ModificationChange> changes, LocalDate on, Actor by,
        string? reason = null, int? ifVersion = null, CancellationToken ct = default) =>
        TakeStepsAsync(reference, _ => changes, on, by, reason, ifVersion, ct);

    /// <summary>Requests a DCC assessment; unless given, the id is the next free one of its kind and the target the code's.</summary>
    /// <param name="changeBoardApprovedOn">An Impact Assessment is requested only after the Change Board approved its cost on this date.</param>
    public Task<StepResult> RequestAssessmentAsync(string reference, AssessmentKind kind, string? assessmentId, int? targetWorkingDays,
        LocalDate? changeBoardApprovedOn, LocalDate on, Actor by, string? reason = null, int? ifVersion = null, CancellationToken ct = default) =>
        TakeStepsAsync(reference, m => [core.Rules.AssessmentRequest(m, kind, assessmentId, targetWorkingDays, changeBoardApprovedOn)],
            on, by, reason, ifVersion, ct);

    /// <summary>Records a decision (the Change Board's follows its ballot unless the outcome is given) and, on approval, the release approval.</summary>
    public Task<StepResult> RecordDecisionAsync(string reference, DecidingBody body, DecisionOutcome? outcome, string? release, string? part,
        LocalDate on, Actor by, string? reason = null, int? ifVersion = null, CancellationToken ct = default) =>
        TakeStepsAsync(reference, m => Decisions.Changes(core.Rules, m, body, outcome, release, part), on, by, reason, ifVersion, ct);

    /// <summary>Amends a modification's details; new cost figures are merged with the costs it has (what is not given is kept).</summary>
    public Task<StepResult> AmendDetailsAsync(string reference, DetailsAmended details, CostChange? costs, LocalDate on, Actor by,
        string? reason = null, int? ifVersion = null, CancellationToken ct = default) =>
        TakeStepsAsync(reference, m => [costs is null
                ? details
                : details with { Costs = CostAmendment.Apply(m.Costs, costs.DccCost, costs.SecasCost, costs.AnnualCost) ?? details.Costs }],
            on, by, reason, ifVersion, ct);

    /// <summary>Takes steps worked out from the modification as it is inside the transaction (e.g. the next assessment id).</summary>
    internal async Task<StepResult> TakeStepsAsync(string reference, Func<Modification, IReadOnlyList<ModificationChange>> changesFor,
        LocalDate on, Actor by, string? reason = null, int? ifVersion = null, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var modification = await RegisterCore.RequireAsync(session, reference, ct);
        if (ifVersion is { } expected && expected != modification.Version)
        {
            throw DomainException.Conflict(
                $"{modification.Reference} has changed since version {expected} (it is now at version {modification.Version}); review it and try again.");
        }

        var version = modification.Version;
        var process = await core.ProcessAsync(session, ct);
        foreach (var change in changesFor(modification))
        {
            if (RegisterReplay.ReleaseOf(change) is { } releaseId)
            {
                await RegisterCore.RequireReleaseAsync(session, releaseId, ct);
            }

            var e = process.Take(modification, change, on, by, reason);
            await core.AuditAsync(session, by, TransitionTable.StepFor(change).Name, modification.Reference, e.Change.Describe(), ct);
        }

        await session.AppendAsync(modification, version, ct);
        return await core.CommitAsync(session, modification, version, ct);
    }
}
