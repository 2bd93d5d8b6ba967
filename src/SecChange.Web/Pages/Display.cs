using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SecChange.Domain;

namespace SecChange.Web.Pages;

/// <summary>How values read on the pages: GOV.UK dates ("4 January 2021") and enum values as words.</summary>
public static class Display
{
    private static readonly LocalDatePattern Long = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public static string Date(LocalDate date) => Long.Format(date);

    public static string Date(LocalDate? date) => date is { } d ? Long.Format(d) : "";

    public static string IsoDate(LocalDate date) => Iso.Format(date);

    public static LocalDate? ParseDate(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : null;

    public static string Words(Enum value) => SecChange.Domain.Words.Name(value);
}
