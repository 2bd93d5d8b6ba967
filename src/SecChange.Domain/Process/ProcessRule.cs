using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;

namespace SecChange.Domain.Process;

/// <summary>Everything a rule may look at when a step is proposed.</summary>
public sealed record RuleContext(
    Modification Modification,
    ModificationChange Change,
    LocalDate On,
    Actor By,
    string? ReasonText,
    LocalDate Today,
    CodeRules Rules,
    WorkingDayCalendar Calendar);

/// <summary>
/// A named invariant of the process. <see cref="Check"/> returns null when the step may go ahead, or a
/// message saying why not, written for the person who tried. <see cref="Kind"/> is how the refusal is reported
/// (a broken rule, or something named that does not exist).
/// </summary>
public sealed record ProcessRule(string Name, Func<RuleContext, string?> Check, ErrorKind Kind = ErrorKind.RuleBroken);
