using NodaTime;

namespace SecChange.Domain.Calendar;

/// <summary>One bank holiday as published (GOV.UK bank-holidays format: title, date, notes).</summary>
public sealed record BankHoliday(LocalDate Date, string Title, string Notes = "");
