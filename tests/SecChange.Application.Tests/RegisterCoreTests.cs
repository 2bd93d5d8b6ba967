using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Testing;

namespace SecChange.Application.Tests;

/// <summary>
/// The shipped rules and calendar are read when a command first needs them: before a writer takes the
/// register's write lock (so no other writer waits on that start-up work), and not at all for a plain read.
/// </summary>
public class RegisterCoreTests
{
    private readonly List<string> _steps = [];

    [Fact]
    public async Task WriteAsync_WhenRulesAndCalendarAreUnread_ReadsThemBeforeTakingTheWriteLock()
    {
        var core = Core();

        await core.WriteAsync(CancellationToken.None);

        _steps.ShouldBe(["calendar", "rules", "write session"]);
    }

    [Fact]
    public async Task ReadAsync_WhenOnlyReading_ReadsNeitherRulesNorCalendar()
    {
        var core = Core();

        await core.ReadAsync(CancellationToken.None);

        _steps.ShouldBe(["read session"]);
    }

    private RegisterCore Core() => new(new RecordingStore(_steps),
        () => { _steps.Add("calendar"); return ReferenceData.EnglandAndWalesCalendar; },
        () => { _steps.Add("rules"); return ReferenceData.Rules(); },
        FixedClock.On(2026, 11, 21));

    private sealed class RecordingStore(List<string> steps) : IRegisterStore
    {
        public Task MigrateAsync(CancellationToken ct = default) => Task.CompletedTask;

        public Task<IRegisterSession> BeginAsync(bool readOnly = false, CancellationToken ct = default)
        {
            steps.Add(readOnly ? "read session" : "write session");
            return Task.FromResult<IRegisterSession>(null!);
        }

        public Task<IRegisterSession> BeginSnapshotAsync(CancellationToken ct = default) => throw new NotSupportedException();

        public Task<long> ChangeStampAsync(CancellationToken ct = default) => throw new NotSupportedException();
    }
}
