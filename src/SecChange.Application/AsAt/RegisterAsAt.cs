using NodaTime;
using SecChange.Application.Register;
using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Application.AsAt;

/// <summary>
/// The register as it stood at the end of a date, for every host (CLI, web pages, generated documents).
/// Each modification is rebuilt from the events effective (dated) on or before that day, whenever they
/// were recorded: history loaded later still counts from its real dates. A modification whose first event
/// is later did not exist then. Working Day durations count to that day, so an assessment returned later
/// is open as at it. Without a date, today: every event, durations to today.
/// </summary>
public sealed class RegisterAsAt(RegisterCore core)
{
    private LocalDate Today => core.Today;

    /// <summary>The register list as at a date, filtered as the current list is, in reference order.</summary>
    public async Task<IReadOnlyList<ModificationSummary>> ListAsync(RegisterFilter filter, LocalDate asAt, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        return (await SnapshotAsync(session, asAt, ct)).List(filter);
    }

    /// <summary>One modification as it stood; not found when it was raised or first known after the date.</summary>
    public async Task<ModificationView> ShowAsync(string reference, LocalDate? asAt = null, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var current = await RegisterCore.RequireAsync(session, reference, ct);
        var date = asAt ?? Today;
        return await core.ViewAsync(session, AsItStood(current, reference.Trim().ToUpperInvariant(), date), date, ct);
    }

    /// <summary>The modification as it stood at the end of <paramref name="date"/>; not found (naming it as <paramref name="named"/>) before it was known.</summary>
    internal static Modification AsItStood(Modification current, string named, LocalDate date) =>
        current.AsAt(date) ?? throw DomainException.NotFound(
            $"{named} was not in the register as at {date:d MMM yyyy}: it is first known on {current.FirstKnownOn:d MMM yyyy}.");

    /// <summary>Every assessment that existed at the date, open ones first; durations in Working Days to the date.</summary>
    public async Task<IReadOnlyList<AssessmentRow>> AssessmentsAsync(bool openOnly, LocalDate? asAt = null, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var snapshot = await SnapshotAsync(session, asAt ?? Today, ct);
        return snapshot.Assessments(openOnly, await core.CalendarAsync(session, ct));
    }

    /// <summary>The SEC Releases with each one's progress and the modifications in it, as at the date.</summary>
    public async Task<IReadOnlyList<ReleaseAsAt>> ReleasesAsync(LocalDate? asAt = null, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var snapshot = await SnapshotAsync(session, asAt ?? Today, ct);
        return snapshot.Releases(await session.ReleasesAsync(ct));
    }

    private static async Task<RegisterSnapshot> SnapshotAsync(IRegisterSession session, LocalDate asAt, CancellationToken ct) =>
        RegisterSnapshot.Of(await session.LoadAllAsync(ct), asAt);
}
