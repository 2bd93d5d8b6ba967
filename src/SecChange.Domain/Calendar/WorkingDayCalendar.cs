using System.Globalization;
using NodaTime;
using SecChange.Domain.Errors;

namespace SecChange.Domain.Calendar;

/// <summary>
/// Working Days as the SEC counts them: Monday to Friday, excluding bank holidays in England and Wales.
/// </summary>
/// <remarks>
/// The calendar only answers inside the range its holiday data covers and refuses to guess beyond it,
/// because a missing year of holidays would silently shift every target date. All counts are constant
/// time: a running count of working days is precomputed for every covered day.
/// Counting follows the SEC convention that, from a start date, day 1 is the next working day.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly int _firstDayNumber;
    private readonly int[] _workingDaysThrough; // working days in [First, First + i], inclusive
    private readonly int[] _workingDayNumbers;  // day numbers of the working days, in order

    /// <summary>How to fix a date outside the data, named wherever a count fails.</summary>
    public const string HowToExtend =
        "import that year's England and Wales bank holidays (the GOV.UK bank-holidays JSON) with 'calendar import FILE'.";

    public WorkingDayCalendar(LocalDate first, LocalDate last, IEnumerable<BankHoliday> holidays,
        IEnumerable<CalendarOverride>? overrides = null)
    {
        if (last < first)
        {
            throw DomainException.Invalid($"A calendar cannot end ({last:uuuu-MM-dd}) before it starts ({first:uuuu-MM-dd}).");
        }

        First = first;
        Last = last;
        // Arrays and loops, not sets and queries keyed by date: those are compiled afresh in every process (a
        // calendar is built by every command that counts Working Days), arrays of classes and ints are not.
        var sorted = holidays.ToArray();
        Array.Sort(sorted, (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Title, b.Title));
        Holidays = sorted;
        Overrides = (overrides ?? []).ToArray();

        _firstDayNumber = first.ToDateOnly().DayNumber;
        var length = last.ToDateOnly().DayNumber - _firstDayNumber + 1;
        var isWorking = new bool[length];
        var date = first;
        for (var i = 0; i < length; i++, date = date.PlusDays(1))
        {
            isWorking[i] = date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        }

        foreach (var h in sorted)
        {
            var i = h.Date.ToDateOnly().DayNumber - _firstDayNumber;
            if (i >= 0 && i < length) isWorking[i] = false;
        }

        foreach (var o in Overrides)
        {
            EnsureCovered(o.Date);
            isWorking[o.Date.ToDateOnly().DayNumber - _firstDayNumber] = o.IsWorkingDay; // a later override for the date wins
        }

        _workingDaysThrough = new int[length];
        var working = new List<int>(length);
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            if (isWorking[i])
            {
                count++;
                working.Add(_firstDayNumber + i);
            }

            _workingDaysThrough[i] = count;
        }

        _workingDayNumbers = working.ToArray();
    }

    /// <summary>First date the holiday data covers.</summary>
    public LocalDate First { get; }

    /// <summary>Last date the holiday data covers.</summary>
    public LocalDate Last { get; }

    public IReadOnlyList<BankHoliday> Holidays { get; }

    public IReadOnlyList<CalendarOverride> Overrides { get; }

    /// <summary>A copy of this calendar with more overrides applied (later ones win for the same date).</summary>
    public WorkingDayCalendar WithOverrides(IEnumerable<CalendarOverride> overrides) =>
        new(First, Last, Holidays, Overrides.Concat(overrides));

    /// <summary>
    /// A copy in which whole years of holidays (imported data) replace this calendar's holidays for those
    /// years and extend its range to cover them, with more overrides applied; built once, so counts stay O(1).
    /// </summary>
    public WorkingDayCalendar WithYears(IReadOnlyCollection<BankHoliday> years, IEnumerable<CalendarOverride>? overrides = null)
    {
        if (years.Count == 0)
        {
            return overrides is null ? this : WithOverrides(overrides);
        }

        var replaced = years.Select(h => h.Date.Year).ToHashSet();
        var first = LocalDate.Min(First, new LocalDate(replaced.Min(), 1, 1));
        var last = LocalDate.Max(Last, new LocalDate(replaced.Max(), 12, 31));
        var gaps = Enumerable.Range(first.Year, last.Year - first.Year + 1)
            .Where(y => !replaced.Contains(y) && (y < First.Year || y > Last.Year)).ToList();
        if (gaps.Count > 0)
        {
            throw DomainException.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"The bank-holiday data has no holidays for {string.Join(", ", gaps)}, between years it covers: {HowToExtend}"));
        }

        return new WorkingDayCalendar(first, last, Holidays.Where(h => !replaced.Contains(h.Date.Year)).Concat(years),
            Overrides.Concat(overrides ?? []));
    }

    public bool IsWorkingDay(LocalDate date)
    {
        var i = IndexOf(date);
        return _workingDaysThrough[i] != (i == 0 ? 0 : _workingDaysThrough[i - 1]);
    }

    /// <summary>
    /// Working days after <paramref name="start"/> up to and including <paramref name="end"/>
    /// (negative when <paramref name="end"/> is earlier). From Friday to the next Monday is 1.
    /// </summary>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        _workingDaysThrough[IndexOf(end)] - _workingDaysThrough[IndexOf(start)];

    /// <summary>
    /// The date that is <paramref name="workingDays"/> working days after <paramref name="start"/>
    /// (before it when negative); day 1 is the next working day. Zero returns <paramref name="start"/>.
    /// </summary>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        if (workingDays == 0)
        {
            return start;
        }

        var index = IndexOf(start);
        var through = _workingDaysThrough[index];
        int ordinal; // zero-based position in _workingDayNumbers
        if (workingDays > 0)
        {
            ordinal = through + workingDays - 1;
        }
        else
        {
            var strictlyBefore = IsWorkingDay(start) ? through - 1 : through;
            ordinal = strictlyBefore + workingDays;
        }

        if (ordinal < 0 || ordinal >= _workingDayNumbers.Length)
        {
            throw DomainException.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"{workingDays} working days from {start:uuuu-MM-dd} falls outside the bank-holiday data ({First:uuuu-MM-dd} to {Last:uuuu-MM-dd}); {HowToExtend}"));
        }

        return LocalDate.FromDateOnly(DateOnly.FromDayNumber(_workingDayNumbers[ordinal]));
    }

    /// <summary>The holiday on a date, if any (after overrides: a date forced to work has none).</summary>
    public BankHoliday? HolidayOn(LocalDate date) =>
        Holidays.FirstOrDefault(h => h.Date == date) is { } holiday && !IsWorkingDay(date) ? holiday : null;

    private int IndexOf(LocalDate date)
    {
        var i = date.ToDateOnly().DayNumber - _firstDayNumber;
        if (unchecked((uint)i) >= (uint)_workingDaysThrough.Length)
        {
            EnsureCovered(date);
        }

        return i;
    }

    private void EnsureCovered(LocalDate date)
    {
        if (date < First || date > Last)
        {
            throw DomainException.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"{date:uuuu-MM-dd} is outside the bank-holiday data ({First:uuuu-MM-dd} to {Last:uuuu-MM-dd}): working days cannot be counted there; {HowToExtend}"));
        }
    }
}
