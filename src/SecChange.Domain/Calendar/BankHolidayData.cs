using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SecChange.Domain.Errors;

namespace SecChange.Domain.Calendar;

/// <summary>
/// Reads the GOV.UK bank-holidays JSON format (<c>{"england-and-wales": {"division": ..., "events": [{"title", "date", "notes"}]}}</c>).
/// The published file has no explicit coverage, so the covered range is taken as whole calendar years
/// from the first holiday's year to the last holiday's year: a year with data is assumed complete.
/// </summary>
public static class BankHolidayData
{
    public const string EnglandAndWales = "england-and-wales";

    public static WorkingDayCalendar ParseCalendar(string json, string division = EnglandAndWales)
    {
        var holidays = Parse(json, division);
        if (holidays.Count == 0)
        {
            throw DomainException.Invalid($"Bank holiday data for '{division}' holds no events.");
        }

        var (earliest, latest) = (holidays[0].Date, holidays[0].Date);
        foreach (var h in holidays)
        {
            earliest = LocalDate.Min(earliest, h.Date);
            latest = LocalDate.Max(latest, h.Date);
        }

        return new WorkingDayCalendar(new LocalDate(earliest.Year, 1, 1), new LocalDate(latest.Year, 12, 31), holidays);
    }

    public static IReadOnlyList<BankHoliday> Parse(string json, string division = EnglandAndWales)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw DomainException.Invalid($"Bank holiday data is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty(division, out var section) ||
                !section.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                throw DomainException.Invalid($"Bank holiday data has no '{division}' events list.");
            }

            var result = new List<BankHoliday>();
            foreach (var item in events.EnumerateArray())
            {
                var dateText = item.TryGetProperty("date", out var d) ? d.GetString() : null;
                var parsed = LocalDatePattern.Iso.Parse(dateText ?? "");
                if (!parsed.Success)
                {
                    throw DomainException.Invalid(
                        string.Create(CultureInfo.InvariantCulture, $"Bank holiday data has a bad date '{dateText}' (expected yyyy-MM-dd)."));
                }

                result.Add(new BankHoliday(
                    parsed.Value,
                    item.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "",
                    item.TryGetProperty("notes", out var n) ? n.GetString() ?? "" : ""));
            }

            return result;
        }
    }
}
