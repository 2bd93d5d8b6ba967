using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Application.Reference;
using SecChange.Domain.Calendar;

namespace SecChange.Benchmarks;

/// <summary>Working-day arithmetic on the England and Wales calendar, per call, over random dates in 2014 to 2027.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Calls = 4_096;
    private readonly LocalDate[] _starts = new LocalDate[Calls];
    private readonly LocalDate[] _ends = new LocalDate[Calls];
    private readonly int[] _offsets = new int[Calls];
    private WorkingDayCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = ReferenceData.EnglandAndWalesCalendar;
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
    public int WorkingDaysBetween()
    {
        var calendar = _calendar;
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
