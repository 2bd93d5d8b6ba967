using System.Globalization;
using NodaTime;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Process;

namespace SecChange.Application.Calendar;

/// <summary>
/// Imports England and Wales bank holidays (GOV.UK bank-holidays JSON) into the register, so the calendar
/// reaches years the shipped data does not. One transaction with its audit entry; a refused file writes nothing.
/// </summary>
public sealed class BankHolidayImportService(IRegisterStore store, WorkingDayCalendar shippedCalendar, IClock clock)
{
    public const string Step = "calendar import";

    /// <param name="source">Where the data came from (a file name), for the audit entry.</param>
    /// <param name="dryRun">Check the file and say what would change, writing nothing.</param>
    public async Task<BankHolidayImportResult> ImportAsync(string json, string source, Actor by, bool dryRun = false, CancellationToken ct = default)
    {
        BankHolidayImport.RequireAdministrator(by, "import bank holidays");
        var file = BankHolidayImport.Parse(json);

        await using var session = await store.BeginAsync(dryRun, ct);
        var (changes, after) = await ImportedBankHolidays.SaveAsync(session, shippedCalendar, file.Holidays, "The bank-holiday file", dryRun, ct);
        var result = new BankHolidayImportResult(source, file.FirstYear, file.LastYear, file.Holidays.Count, changes, after.First, after.Last);
        if (dryRun)
        {
            return result;
        }

        await session.AuditAsync(new AuditEntry(clock.GetCurrentInstant(), by.ToString(), Step, AuditTarget, result.Describe(), AuditClient.Current), ct);
        await session.CommitAsync(ct);
        return result;
    }

    /// <summary>The audit trail's target for calendar imports (<c>audit calendar</c>).</summary>
    public const string AuditTarget = "calendar";
}

/// <summary>What an import did: the years it covered, how many holidays, each year's change and the calendar's new range.</summary>
public sealed record BankHolidayImportResult(string Source, int FirstYear, int LastYear, int Holidays,
    IReadOnlyList<BankHolidayYearChange> Changes, LocalDate CoversFrom, LocalDate CoversTo)
{
    public string Years => FirstYear == LastYear
        ? FirstYear.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-{LastYear}");

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Holidays} England and Wales bank holidays for {Years} from {Source}: {string.Join(", ", Changes.Select(c => c.Describe()))}");
}
