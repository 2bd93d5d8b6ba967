using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;

namespace SecChange.Web.Pages;

/// <summary>One choice of a GOV.UK radios or select component.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>The error ModelState holds for a field, shown inline and in the error summary.</summary>
public static class FieldErrors
{
    public static string? For(ModelStateDictionary state, string name) =>
        state.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Enum values (but None) as choices named in words.</summary>
    public static IReadOnlyList<Choice> Choices<T>(params T[] only) where T : struct, Enum =>
        (only.Length > 0 ? only : Enum.GetValues<T>().Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0))
            .Select(v => new Choice(v.ToString(), Display.Words(v))).ToList();
}

/// <summary>A GOV.UK radios group, for the _Radios partial.</summary>
public sealed record RadiosInput(string Name, string Legend, IReadOnlyList<Choice> Choices, string? Selected, ModelStateDictionary State, string? Hint = null)
{
    public string? Error => FieldErrors.For(State, Name);
}

/// <summary>A GOV.UK select, for the _Select partial; an empty first option unless a value is required.</summary>
public sealed record SelectInput(string Name, string Label, IReadOnlyList<Choice> Choices, string? Selected, ModelStateDictionary State, string? Hint = null,
    string? Empty = "")
{
    public string? Error => FieldErrors.For(State, Name);
}

/// <summary>A GOV.UK textarea, for the _Textarea partial.</summary>
public sealed record TextareaInput(string Name, string Label, string? Value, ModelStateDictionary State, string? Hint = null, int Rows = 5)
{
    public string? Error => FieldErrors.For(State, Name);
}

/// <summary>A GOV.UK checkboxes group (several values under one name), for the _Checkboxes partial.</summary>
public sealed record CheckboxesInput(string Name, string Legend, IReadOnlyList<Choice> Choices, IReadOnlyCollection<string> Selected, ModelStateDictionary State)
{
    public string? Error => FieldErrors.For(State, Name);
}

/// <summary>A GOV.UK single checkbox, for the _Checkbox partial.</summary>
public sealed record CheckboxInput(string Name, string Label, bool Checked, string? Hint = null);

/// <summary>A GOV.UK date input (day, month, year), for the _DateInput partial.</summary>
public sealed record DateInput(string Name, string Legend, DateParts Value, ModelStateDictionary State, string? Hint = "For example, 27 3 2021")
{
    public string? Error => FieldErrors.For(State, Name);
}

/// <summary>A date as its three GOV.UK fields are posted; read back with the GOV.UK error messages.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts Of(LocalDate date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The date, or null with an error on <paramref name="name"/> ("Enter ..." when empty and required, "... must be a real date" when wrong).</summary>
    public LocalDate? Read(string name, string what, ModelStateDictionary state, bool required = true)
    {
        if (IsEmpty)
        {
            if (required)
            {
                state.AddModelError(name, $"Enter {what}");
            }

            return null;
        }

        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) &&
            int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) &&
            int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
            y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new LocalDate(y, m, d);
        }

        state.AddModelError(name, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date, for example 27 3 2021");
        return null;
    }
}
