using NodaTime;
using SecChange.Application.Access;
using SecChange.Application.Register;

namespace SecChange.Application.StatusReport;

/// <summary>
/// The Change Status Report for any date, for one reader: the register as it stood at the end of the date
/// (<see cref="AsAt.RegisterSnapshot"/>), with only the modifications and meetings the reader may see under today's
/// labels (<see cref="Visibility"/>). Every host (CLI, web page, API) asks this.
/// </summary>
public sealed class ChangeStatusReports(RegisterCore core)
{
    public async Task<ChangeStatusReport> BuildAsync(Viewer viewer, LocalDate asAt, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var visible = (await session.LoadAllAsync(ct))
            .Where(m => Visibility.MaySee(viewer, m.Classification, m.ProposerName, m.ProposerOrganisation)).ToList();
        var meetings = (await session.MeetingsAsync(ct)).Select(m => m.Value)
            .Where(m => Visibility.MaySee(viewer, m.Classification, m.Attendees)).ToList();
        return new ChangeStatusReportBuilder(await core.CalendarAsync(session, ct), asAt).Build(visible, await session.ReleasesAsync(ct), meetings);
    }
}
