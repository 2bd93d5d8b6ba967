using SecChange.Application.Register;
using SecChange.Domain.Calendar;

namespace SecChange.Application.Calendar;

/// <summary>Stores whole years of imported bank holidays inside a session, checked against the calendar in force.</summary>
public static class ImportedBankHolidays
{
    /// <summary>Checks and stores the years (none: nothing happens); returns each year's change and the calendar after.</summary>
    public static async Task<(IReadOnlyList<BankHolidayYearChange> Changes, WorkingDayCalendar After)> SaveAsync(IRegisterSession session,
        WorkingDayCalendar shipped, IReadOnlyList<BankHoliday> holidays, string source, bool dryRun, CancellationToken ct)
    {
        var before = await session.CalendarAsync(shipped, ct);
        if (holidays.Count == 0)
        {
            return ([], before);
        }

        var years = BankHolidayImport.From(holidays, source);
        var changes = years.ChangesFrom(before);
        if (!dryRun)
        {
            await session.ReplaceImportedBankHolidaysAsync(years.FirstYear, years.LastYear, years.Holidays, ct);
        }

        return (changes, before.WithYears(years.Holidays));
    }
}
