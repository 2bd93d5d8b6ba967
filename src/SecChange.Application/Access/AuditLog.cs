using SecChange.Application.Accounts;
using SecChange.Application.Queries;
using SecChange.Application.Register;
using SecChange.Domain.Errors;

namespace SecChange.Application.Access;

/// <summary>The audit log for the SECAS administrator: every write with who, when, what, its target and the client address.</summary>
public sealed class AuditLog(RegisterQueries queries)
{
    public static bool MayRead(Viewer viewer) => viewer.IsSignedIn && viewer.Role == AccountRole.SecasAdministrator;

    /// <summary>Newest first; only about <paramref name="target"/> when given. Refused (as not found) to anyone but the administrator.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(Viewer viewer, string? target, CancellationToken ct = default)
    {
        if (!MayRead(viewer))
        {
            throw DomainException.NotFound("There is no such page.");
        }

        var entries = await queries.AuditTrailAsync(string.IsNullOrWhiteSpace(target) ? null : target.Trim(), ct);
        return entries.OrderByDescending(e => e.At).ToList();
    }
}
