using System.Globalization;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;

namespace SecChange.Domain.Calendar;

/// <summary>
/// A GOV.UK bank-holidays file checked for import: the England and Wales division only (the SEC counts
/// Working Days by England and Wales bank holidays; other divisions in the file are ignored), each year
/// it holds taken as complete. Refused whole when anything is wrong, so a bad file never half-changes the calendar.
/// </summary>
public sealed class BankHolidayImport
{
    /// <summary>The whole GOV.UK file (three divisions, ten years) is about 20 KB; anything near this is not one.</summary>
    public const int MaxCharacters = 1_000_000;

    public const int MaxHolidays = 1_000;

    public const int MaxYears = 100;

    private const int MaxTitleLength = 200;
    private const int MaxNotesLength = 500;

    private BankHolidayImport(IReadOnlyList<BankHoliday> holidays)
    {
        Holidays = holidays;
        FirstYear = holidays[0].Date.Year;
        LastYear = holidays[^1].Date.Year;
    }

    /// <summary>The holidays, in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>Every year the file covers (no year between the first and last is missing).</summary>
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    /// <summary>Only the SECAS administrator changes the calendar the whole register counts by.</summary>
    /// <param name="action">What is being done, in process words: "import bank holidays".</param>
    public static void RequireAdministrator(Actor by, string action)
    {
        if (by.Role != ActorRole.Secas)
        {
            throw DomainException.Broken($"Only the SECAS administrator may {action}, not {by.Role.Describe()}.");
        }
    }

    /// <summary>Reads and checks a GOV.UK bank-holidays file: dates parse, in date order, no date twice, sizes within limits.</summary>
    public static BankHolidayImport Parse(string json)
    {
        if (json.Length > MaxCharacters)
        {
            throw DomainException.Invalid(Text($"The bank-holiday file is {json.Length:N0} characters; a GOV.UK bank-holidays file is far smaller (at most {MaxCharacters:N0})."));
        }

        return From(BankHolidayData.Parse(json), "The bank-holiday file");
    }

    /// <summary>Checks whole years of holidays from any source (a GOV.UK file, a register document) the same way.</summary>
    /// <param name="source">What holds them, to start each message (e.g. "The bank-holiday file").</param>
    public static BankHolidayImport From(IReadOnlyList<BankHoliday> holidays, string source)
    {
        if (holidays.Count == 0)
        {
            throw DomainException.Invalid($"{source} holds no '{BankHolidayData.EnglandAndWales}' events.");
        }

        if (holidays.Count > MaxHolidays)
        {
            throw DomainException.Invalid(Text($"{source} holds {holidays.Count:N0} England and Wales events; at most {MaxHolidays:N0} are accepted in one import."));
        }

        for (var i = 0; i < holidays.Count; i++)
        {
            CheckText(holidays[i]);
            if (i == 0) continue;
            var (previous, date) = (holidays[i - 1].Date, holidays[i].Date);
            if (date == previous)
            {
                throw DomainException.Invalid(Text($"{source} holds {date:uuuu-MM-dd} twice."));
            }

            if (date < previous)
            {
                throw DomainException.Invalid(Text($"{source} is not in date order: {date:uuuu-MM-dd} comes after {previous:uuuu-MM-dd}."));
            }
        }

        var years = holidays.Select(h => h.Date.Year).ToHashSet();
        var (first, last) = (holidays[0].Date.Year, holidays[^1].Date.Year);
        if (last - first + 1 > MaxYears)
        {
            throw DomainException.Invalid(Text($"{source} spans {first} to {last}; at most {MaxYears} years are accepted in one import."));
        }

        var missing = Enumerable.Range(first, last - first + 1).Where(y => !years.Contains(y)).ToList();
        if (missing.Count > 0)
        {
            throw DomainException.Invalid(Text(
                $"{source} covers {first} to {last} but has no holidays in {string.Join(", ", missing)}; every year in between is needed, or working days there would be counted without their holidays."));
        }

        return new BankHolidayImport(holidays);
    }

    /// <summary>
    /// What importing this file changes, year by year, against the calendar in force before it; refused when
    /// it would leave a year without data between the calendar's range and the file's.
    /// </summary>
    public IReadOnlyList<BankHolidayYearChange> ChangesFrom(WorkingDayCalendar current)
    {
        var (firstCovered, lastCovered) = (current.First.Year, current.Last.Year);
        if (FirstYear > lastCovered + 1 || LastYear < firstCovered - 1)
        {
            var gap = FirstYear > lastCovered ? (lastCovered + 1, FirstYear - 1) : (LastYear + 1, firstCovered - 1);
            throw DomainException.Invalid(Text(
                $"The file covers {YearRange(FirstYear, LastYear)} but the calendar covers {YearRange(firstCovered, lastCovered)}: import {YearRange(gap.Item1, gap.Item2)} as well, so no year is left without bank holidays."));
        }

        return Years.Select(year =>
        {
            var before = current.Holidays.Where(h => h.Date.Year == year).ToList();
            var after = Holidays.Where(h => h.Date.Year == year).ToList();
            return new BankHolidayYearChange(year, year >= firstCovered && year <= lastCovered,
                after.Except(before).ToList(), before.Except(after).ToList());
        }).ToList();
    }

    private static void CheckText(BankHoliday holiday)
    {
        if (string.IsNullOrWhiteSpace(holiday.Title) || holiday.Title.Length > MaxTitleLength || holiday.Notes.Length > MaxNotesLength)
        {
            throw DomainException.Invalid(Text(
                $"The bank holiday on {holiday.Date:uuuu-MM-dd} needs a title of at most {MaxTitleLength} characters (and notes of at most {MaxNotesLength})."));
        }
    }

    private static string YearRange(int first, int last) => first == last ? Text($"{first}") : Text($"{first} to {last}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One year of an import: whether the calendar already covered it, and the holidays added and removed.</summary>
public sealed record BankHolidayYearChange(int Year, bool WasCovered, IReadOnlyList<BankHoliday> Added, IReadOnlyList<BankHoliday> Removed)
{
    public bool Unchanged => WasCovered && Added.Count == 0 && Removed.Count == 0;

    public string Describe() =>
        !WasCovered ? $"{Year} added ({Words.Count(Added.Count, "holiday")})"
        : Unchanged ? $"{Year} unchanged"
        : $"{Year} replaced ({string.Join("; ", Added.Select(h => $"+{h.Date:uuuu-MM-dd} {h.Title}").Concat(Removed.Select(h => $"-{h.Date:uuuu-MM-dd} {h.Title}")))})";
}
