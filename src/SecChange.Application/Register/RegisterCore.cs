using NodaTime;
using SecChange.Application.Views;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;

namespace SecChange.Application.Register;

/// <summary>
/// What every register use case shares: the store, the shipped calendar, the code's rules and the clock,
/// and the small steps each transaction repeats (the process in force, finding a modification or a
/// release, writing the audit entry). The services built on it each do one job.
/// </summary>
/// <remarks>The shipped calendar and rules are read when first asked for: a plain list needs neither.</remarks>
public sealed class RegisterCore(IRegisterStore store, Func<WorkingDayCalendar> baseCalendar, Func<CodeRules> rules, IClock clock)
{
    public RegisterCore(IRegisterStore store, WorkingDayCalendar baseCalendar, CodeRules rules, IClock clock)
        : this(store, () => baseCalendar, () => rules, clock)
    {
    }

    public IRegisterStore Store { get; } = store;

    /// <summary>The calendar as shipped, before imported years and overrides stored in the register.</summary>
    public WorkingDayCalendar ShippedCalendar => baseCalendar();

    public CodeRules Rules => rules();

    public IClock Clock { get; } = clock;

    /// <summary>Today in Great Britain, by the clock: the date views count durations to by default.</summary>
    internal LocalDate Today => SecDay.Today(Clock);

    /// <summary>
    /// A transaction that may write (<see cref="IRegisterSession.CommitAsync"/> makes it visible). The shipped
    /// calendar and rules are read first, so that no writer holds the write lock while another process parses them.
    /// </summary>
    internal Task<IRegisterSession> WriteAsync(CancellationToken ct)
    {
        _ = ShippedCalendar;
        _ = Rules;
        return Store.BeginAsync(readOnly: false, ct);
    }

    /// <summary>A plain read that takes no write lock.</summary>
    internal Task<IRegisterSession> ReadAsync(CancellationToken ct) => Store.BeginAsync(readOnly: true, ct);

    /// <summary>Runs one read in its own session.</summary>
    internal async Task<T> ReadAsync<T>(Func<IRegisterSession, Task<T>> read, CancellationToken ct)
    {
        await using var session = await ReadAsync(ct);
        return await read(session);
    }

    /// <summary>Runs one change in its own transaction and commits it; on any error nothing is written.</summary>
    internal async Task WriteAsync(Func<IRegisterSession, Task> write, CancellationToken ct)
    {
        await using var session = await WriteAsync(ct);
        await write(session);
        await session.CommitAsync(ct);
    }

    /// <summary>The calendar in force inside a session: the shipped data with the stored overrides.</summary>
    internal Task<WorkingDayCalendar> CalendarAsync(IRegisterSession session, CancellationToken ct) => session.CalendarAsync(ShippedCalendar, ct);

    /// <summary>The process engine with the calendar in force inside the session.</summary>
    internal async Task<ModificationProcess> ProcessAsync(IRegisterSession session, CancellationToken ct) =>
        new(Rules, await CalendarAsync(session, ct), Clock);

    internal static async Task<Modification> RequireAsync(IRegisterSession session, string reference, CancellationToken ct)
    {
        var id = ModificationId.Parse(reference);
        return await session.FindAsync(id, ct) ?? throw Access.VisibleRegister.NoSuchModification(reference);
    }

    internal static async Task<Modification> RequireAsync(IRegisterSession session, ModificationId id, CancellationToken ct) =>
        await session.FindAsync(id, ct) ?? throw DomainException.NotFound($"There is no modification {id.Display(false)} in the register.");

    internal static async Task<Release> RequireReleaseAsync(IRegisterSession session, string releaseId, CancellationToken ct)
    {
        var releases = await session.ReleasesAsync(ct);
        return releases.FirstOrDefault(r => string.Equals(r.Id, releaseId, StringComparison.OrdinalIgnoreCase))
            ?? throw DomainException.NotFound(releases.Count == 0
                ? $"No release {releaseId} is defined; no releases are defined yet."
                : $"No release {releaseId} is defined; known releases: {string.Join(", ", releases.Select(r => r.Id))}.");
    }

    internal Task AuditAsync(IRegisterSession session, Actor by, string command, string target, string details, CancellationToken ct) =>
        session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), command, target, details, AuditClient.Current), ct);

    /// <summary>The view of a modification as hosts show it, with durations counted to <paramref name="asOf"/>.</summary>
    internal async Task<ModificationView> ViewAsync(IRegisterSession session, Modification modification, LocalDate asOf, CancellationToken ct) =>
        ModificationView.Of(modification, await CalendarAsync(session, ct), Rules, asOf);

    /// <summary>Commits a change to one modification and returns what it recorded since <paramref name="versionBefore"/>, as a view.</summary>
    internal async Task<StepResult> CommitAsync(IRegisterSession session, Modification modification, int versionBefore, CancellationToken ct)
    {
        var view = await ViewAsync(session, modification, Today, ct);
        await session.CommitAsync(ct);
        return StepResult.Of(view, versionBefore);
    }
}
