using SecChange.Domain.Calendar;

namespace SecChange.Application.Register;

/// <summary>The working-day calendar in force inside a session: the shipped data with the stored overrides.</summary>
public static class SessionCalendar
{
    public static async Task<WorkingDayCalendar> CalendarAsync(this IRegisterSession session, WorkingDayCalendar baseCalendar, CancellationToken ct)
    {
        var overrides = await session.CalendarOverridesAsync(ct);
        return overrides.Count == 0 ? baseCalendar : baseCalendar.WithOverrides(overrides);
    }
}
