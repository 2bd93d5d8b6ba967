using NodaTime;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;

namespace SecChange.Application.Releases;

/// <summary>SEC Releases: defining them, implementing what each carries, and the implementation-date rule.</summary>
public sealed class ReleaseService(RegisterCore core)
{
    public Task<IReadOnlyList<Release>> ReleasesAsync(CancellationToken ct = default) => core.ReadAsync(s => s.ReleasesAsync(ct), ct);

    /// <summary>Defines a new release; an id already defined (in any case) is refused, never overwritten.</summary>
    public async Task AddReleaseAsync(Release release, Actor by, CancellationToken ct = default)
    {
        if (by.Role != ActorRole.Secas)
        {
            throw DomainException.Broken($"Only SECAS may define a SEC Release, not {by.Role.Describe()}.");
        }

        core.Rules.CheckRelease(release);
        await core.WriteAsync(async session =>
        {
            if ((await session.ReleasesAsync(ct)).FirstOrDefault(r => string.Equals(r.Id, release.Id, StringComparison.OrdinalIgnoreCase)) is { } existing)
            {
                throw DomainException.Broken($"Release {existing.Id} already exists ('{existing.Name}' on {existing.Date:d MMM yyyy}).");
            }

            await session.SaveReleaseAsync(release, ct);
            await core.AuditAsync(session, by, "release save", release.Id, $"{release.Name} on {release.Date:uuuu-MM-dd}", ct);
        }, ct);
    }

    /// <summary>Records implementation of every modification approved for a release, all or nothing.</summary>
    public async Task<IReadOnlyList<StepResult>> ImplementReleaseAsync(string releaseId, LocalDate on, Actor by, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var release = await RegisterCore.RequireReleaseAsync(session, releaseId, ct);
        var process = await core.ProcessAsync(session, ct);
        var done = new List<(Modification Modification, int VersionBefore)>();
        foreach (var m in await session.LoadAllAsync(ct))
        {
            var parts = m.Releases.Where(r => r.ReleaseId == release.Id && r.Status == ReleaseStatus.Approved).Select(r => r.Part).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var version = m.Version;
            foreach (var part in parts)
            {
                process.Take(m, new ReleaseImplemented(release.Id, part), on, by);
            }

            await session.AppendAsync(m, version, ct);
            done.Add((m, version));
        }

        if (done.Count == 0)
        {
            throw DomainException.Broken($"No modification is approved for release {release.Id}; nothing to implement.");
        }

        await core.AuditAsync(session, by, "release implement", release.Id,
            $"Implemented {string.Join(", ", done.Select(d => d.Modification.Reference))}", ct);
        var results = new List<StepResult>();
        foreach (var (m, versionBefore) in done)
        {
            results.Add(StepResult.Of(await core.ViewAsync(session, m, core.Today, ct), versionBefore));
        }

        await session.CommitAsync(ct);
        return Frozen.List(results);
    }

    /// <summary>
    /// The release an approval of a modification on <paramref name="decidedOn"/> would target: its lead time unless one is
    /// given, and its DCC System and DUIS impacts together with any given.
    /// </summary>
    public async Task<ReleaseTarget> NextReleaseForAsync(string reference, LocalDate decidedOn, int? leadTimeMonths = null,
        bool dccSystemImpact = false, bool duisImpact = false, CancellationToken ct = default)
    {
        var (months, dcc, duis) = await core.ReadAsync(async s =>
        {
            var m = await RegisterCore.RequireAsync(s, reference, ct);
            return (leadTimeMonths ?? m.LeadTimeMonths, dccSystemImpact || m.DccSystemImpact, duisImpact || m.DuisImpact);
        }, ct);
        return await NextReleaseAsync(decidedOn, months, dcc, duis, ct);
    }

    /// <summary>The release an approval on <paramref name="decidedOn"/> would target, with the code's lead time unless one is given.</summary>
    public async Task<ReleaseTarget> NextReleaseAsync(LocalDate decidedOn, int? leadTimeMonths, bool dccSystemImpact, bool duisImpact,
        CancellationToken ct = default)
    {
        var months = leadTimeMonths ?? core.Rules.DefaultLeadTimeMonths;
        return new(decidedOn, months, await TargetReleaseAsync(decidedOn, months, dccSystemImpact, duisImpact, ct));
    }

    /// <summary>The release an approval on <paramref name="decisionOn"/> would target (seed 004's rule).</summary>
    public async Task<Release?> TargetReleaseAsync(LocalDate decisionOn, int? leadTimeMonths, bool dccSystemImpact, bool duisImpact,
        CancellationToken ct = default) =>
        ImplementationDateRule.TargetRelease(decisionOn, ImplementationDateRule.CheckLeadTime(leadTimeMonths ?? core.Rules.DefaultLeadTimeMonths), dccSystemImpact, duisImpact,
            await ReleasesAsync(ct));
}
