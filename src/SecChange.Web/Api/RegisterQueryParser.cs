using NodaTime;
using NodaTime.Text;
using SecChange.Application.Access;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;

namespace SecChange.Web.Api;

/// <summary>The register filter from the query string, as the register page takes it; a value that is not allowed is refused naming the allowed ones.</summary>
public static class RegisterQueryParser
{
    public static RegisterQuery Parse(IQueryCollection query, LocalDate today) => new()
    {
        Filter = new RegisterFilter
        {
            Stage = Stable<Stage>(query, "stage"),
            State = Stable<ModificationState>(query, "state"),
            Path = Stable<ModificationPath>(query, "path"),
            Party = Text(query, "party"),
            ReleaseId = Text(query, "release"),
            Text = Text(query, "q"),
        },
        Category = Stable<PartyCategory>(query, "category"),
        Sort = Named<RegisterSort>(query, "sort") ?? RegisterSort.Newest,
        AsAt = AsAt(query, today),
    };

    public static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>An enum by its stable name (any case); "None" is not a value anyone filters by.</summary>
    public static T? Stable<T>(IQueryCollection query, string name) where T : struct, Enum
    {
        if (Text(query, name) is not { } text) return null;
        if (StableEnumNames.TryParse<T>(text, out var value) && !value.Equals(default(T))) return value;
        var allowed = Enum.GetValues<T>().Where(v => !v.Equals(default(T))).Select(v => StableEnumNames.Name(v));
        throw DomainException.Invalid($"'{Shorten(text)}' is not a {name}; use one of {string.Join(", ", allowed)}.");
    }

    private static T? Named<T>(IQueryCollection query, string name) where T : struct, Enum
    {
        if (Text(query, name) is not { } text) return null;
        if (!text.Any(char.IsDigit) && Enum.TryParse<T>(text, ignoreCase: true, out var value)) return value;
        throw DomainException.Invalid($"'{Shorten(text)}' is not a {name}; use one of {string.Join(", ", Enum.GetNames<T>())}.");
    }

    public static LocalDate? AsAt(IQueryCollection query, LocalDate today)
    {
        if (Text(query, "as-at") is not { } text) return null;
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed && parsed.Value <= today) return parsed.Value < today ? parsed.Value : null;
        throw DomainException.Invalid($"'{Shorten(text)}' is not a past date; give as-at as yyyy-MM-dd, for example 2020-07-31.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
