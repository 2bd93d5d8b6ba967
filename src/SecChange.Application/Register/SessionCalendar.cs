using SecChange.Domain.Calendar;

namespace SecChange.Application.Register;

/// <summary>
/// The working-day calendar in force inside a session: the shipped years, with the years an administrator
/// imported replacing or extending them, and the stored overrides on top.
/// </summary>
public static class SessionCalendar
{
    public static async Task<WorkingDayCalendar> CalendarAsync(this IRegisterSession session, WorkingDayCalendar baseCalendar, CancellationToken ct)
    {
        var imported = await session.ImportedBankHolidaysAsync(ct);
        var overrides = await session.CalendarOverridesAsync(ct);
        return imported.Count == 0 && overrides.Count == 0 ? baseCalendar : baseCalendar.WithYears(imported, overrides);
    }
}
