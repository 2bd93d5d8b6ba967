using NodaTime;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Queries;

/// <summary>Reads of the register: one modification, the filtered list, everything, and the audit trail.</summary>
public sealed class RegisterQueries(RegisterCore core)
{
    /// <summary>The aggregate itself, for the application's own tests; hosts read <see cref="ViewAsync"/>.</summary>
    internal Task<Modification> GetAsync(string reference, CancellationToken ct = default) =>
        core.ReadAsync(s => RegisterCore.RequireAsync(s, reference, ct), ct);

    /// <summary>One modification as hosts show it, with durations counted to <paramref name="asOf"/>.</summary>
    public async Task<ModificationView> ViewAsync(string reference, LocalDate asOf, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        return await core.ViewAsync(session, await RegisterCore.RequireAsync(session, reference, ct), asOf, ct);
    }

    public Task<IReadOnlyList<ModificationSummary>> ListAsync(RegisterFilter filter, CancellationToken ct = default) =>
        core.ReadAsync(s => s.ListAsync(filter, ct), ct);

    /// <summary>Every aggregate, for the application's own tests; hosts read the list, the views or the export.</summary>
    internal Task<IReadOnlyList<Modification>> LoadAllAsync(CancellationToken ct = default) => core.ReadAsync(s => s.LoadAllAsync(ct), ct);

    /// <summary>The audit trail, or the entries about one target; a modification's include those from its Draft Proposal days.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? target, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        if (target is null)
        {
            return await session.AuditTrailAsync(null, ct);
        }

        var entries = new List<AuditEntry>();
        foreach (var t in AuditTargets.For(target))
        {
            entries.AddRange(await session.AuditTrailAsync(t, ct));
        }

        return entries.OrderBy(e => e.At).ToList();
    }
}
