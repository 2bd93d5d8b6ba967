using NodaTime;
using SecChange.Application.Reference;
using SecChange.Domain.Calendar;
using SecChange.Domain.Process;

namespace SecChange.Application.Hosting;

/// <summary>What a host may choose for the core; the defaults are the SEC's shipped rules and calendar and the system clock.</summary>
public sealed record SecChangeOptions
{
    // The shipped rules and calendar are read on first use, not when the options are made: a command that
    // needs neither (help, list) starts without parsing them.
    private CodeRules? _rules;
    private WorkingDayCalendar? _calendar;

    /// <summary>The code's configurable rules (another GB code runs with its own).</summary>
    public CodeRules Rules
    {
        get => _rules ??= ReferenceData.Rules();
        init => _rules = value;
    }

    /// <summary>The shipped Working Day calendar; stored overrides are applied on top of it.</summary>
    public WorkingDayCalendar Calendar
    {
        get => _calendar ??= ReferenceData.EnglandAndWalesCalendar;
        init => _calendar = value;
    }

    /// <summary>The clock for recorded times and audit entries (tests give a fixed one).</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;
}
