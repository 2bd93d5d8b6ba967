using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Application.Reference;
using SecChange.Domain.Calendar;

namespace SecChange.Benchmarks;

/// <summary>
/// Working-day arithmetic on the England and Wales calendar, per call, over random dates in 2014 to 2027:
/// on the shipped calendar, and on the calendar in force once 2028 is imported and an override made (the
/// same O(1) lookups, so the ratio should stay near 1). Building the calendar in force, which every
/// command does once, is measured against building the shipped calendar from its own holidays.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    // The 2028 England and Wales bank holidays (samples/bank-holidays-2028.json).
    private static readonly BankHoliday[] Holidays2028 =
    [
        new(new LocalDate(2028, 1, 3), "New Year’s Day", "Substitute day"), new(new LocalDate(2028, 4, 14), "Good Friday"),
        new(new LocalDate(2028, 4, 17), "Easter Monday"), new(new LocalDate(2028, 5, 1), "Early May bank holiday"),
        new(new LocalDate(2028, 5, 29), "Spring bank holiday"), new(new LocalDate(2028, 8, 28), "Summer bank holiday"),
        new(new LocalDate(2028, 12, 25), "Christmas Day"), new(new LocalDate(2028, 12, 26), "Boxing Day"),
    ];

    private static readonly CalendarOverride[] Overrides = [new(new LocalDate(2028, 6, 2), false, "Extra holiday")];

    private const int Calls = 4_096;
    private readonly LocalDate[] _starts = new LocalDate[Calls];
    private readonly LocalDate[] _ends = new LocalDate[Calls];
    private readonly int[] _offsets = new int[Calls];
    private WorkingDayCalendar _calendar = null!;
    private WorkingDayCalendar _inForce = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = ReferenceData.EnglandAndWalesCalendar;
        _inForce = BuildCalendarInForce();
        var random = new Random(42);
        var first = new LocalDate(2014, 1, 1);
        var days = Period.Between(first, new LocalDate(2027, 12, 31), PeriodUnits.Days).Days;
        for (var i = 0; i < Calls; i++)
        {
            _starts[i] = first.PlusDays(random.Next(days + 1));
            _ends[i] = first.PlusDays(random.Next(days + 1));
            // Offsets that stay inside the calendar: up to a year either way, from dates in 2015 to 2026.
            _offsets[i] = random.Next(-250, 251);
            if (_starts[i].Year is < 2015 or > 2026) _starts[i] = new LocalDate(2020, 6, 15).PlusDays(random.Next(-1_500, 1_500));
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int WorkingDaysBetween() => Between(_calendar);

    [Benchmark(OperationsPerInvoke = Calls)]
    public int WorkingDaysBetweenWith2028Imported() => Between(_inForce);

    /// <summary>The floor for building: the shipped calendar rebuilt from its own holidays (2014 to 2027).</summary>
    [Benchmark]
    public WorkingDayCalendar BuildShippedCalendar() => new(_calendar.First, _calendar.Last, _calendar.Holidays);

    /// <summary>What a command does once: the shipped years with 2028 imported and an override (2014 to 2028).</summary>
    [Benchmark]
    public WorkingDayCalendar BuildCalendarInForce() => ReferenceData.EnglandAndWalesCalendar.WithYears(Holidays2028, Overrides);

    private int Between(WorkingDayCalendar calendar)
    {
        var starts = _starts;
        var ends = _ends;
        var sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            sum += calendar.WorkingDaysBetween(starts[i], ends[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int AddWorkingDays()
    {
        var calendar = _calendar;
        var starts = _starts;
        var offsets = _offsets;
        var sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            sum += calendar.AddWorkingDays(starts[i], offsets[i]).Day;
        }

        return sum;
    }
}
