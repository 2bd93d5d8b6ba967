using NodaTime;
using SecChange.Domain.Errors;

namespace SecChange.Web.Api;

/// <summary>A date given in a query string (yyyy-MM-dd), or a 400 problem quoting a short excerpt of what was given.</summary>
public static class ApiDates
{
    public static LocalDate Parse(string text) => Pages.Display.ParseDate(text)
        ?? throw DomainException.Invalid($"'{(text.Length <= 20 ? text : text[..20])}' is not a date: use yyyy-MM-dd, for example 2020-07-31.");
}
