using NodaTime;

namespace SecChange.Domain.Calendar;

/// <summary>
/// An administrator's correction to the shipped data: a date made a non-working day (a newly announced
/// bank holiday) or a working day (a holiday withdrawn). Overrides win over the shipped list.
/// </summary>
public sealed record CalendarOverride(LocalDate Date, bool IsWorkingDay, string Reason);
