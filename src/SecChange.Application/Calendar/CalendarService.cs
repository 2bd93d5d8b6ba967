using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;

namespace SecChange.Application.Calendar;

/// <summary>The Working Day calendar in force (the shipped bank holidays with stored overrides) and its corrections.</summary>
public sealed class CalendarService(RegisterCore core)
{
    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct = default) => core.ReadAsync(s => core.CalendarAsync(s, ct), ct);

    /// <summary>Corrects the calendar on one date; like a bank-holiday import, only the SECAS administrator may.</summary>
    public async Task AddCalendarOverrideAsync(CalendarOverride calendarOverride, Actor by, CancellationToken ct = default)
    {
        BankHolidayImport.RequireAdministrator(by, "override the calendar");
        if (string.IsNullOrWhiteSpace(calendarOverride.Reason))
        {
            throw DomainException.Invalid("A calendar override needs a reason.");
        }

        await using var session = await core.WriteAsync(ct);
        (await core.CalendarAsync(session, ct)).WithOverrides([calendarOverride]); // refuses dates outside the data
        await session.SaveCalendarOverrideAsync(calendarOverride, ct);
        await core.AuditAsync(session, by, "calendar override", calendarOverride.Date.ToString("uuuu-MM-dd", null),
            $"{(calendarOverride.IsWorkingDay ? "Working day" : "Non-working day")}: {calendarOverride.Reason}", ct);
        await session.CommitAsync(ct);
    }
}
