namespace SecChange.Application.Register;

/// <summary>How many modifications were reprojected and how many of their list rows changed.</summary>
public sealed record ReprojectResult(int Modifications, int Changed);

/// <summary>
/// Rebuilds the list rows from the events (the truth) after a change to the rules or to the projection,
/// in one audited transaction.
/// </summary>
public sealed class Reprojection(RegisterCore core)
{
    public async Task<ReprojectResult> RunAsync(Domain.Process.Actor by, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var (modifications, changed) = await session.ReprojectAsync(ct);
        await core.AuditAsync(session, by, "reproject", "register",
            $"Rebuilt the list rows of {modifications} modifications from their events; {changed} changed", ct);
        await session.CommitAsync(ct);
        return new ReprojectResult(modifications, changed);
    }
}
