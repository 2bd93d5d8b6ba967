using System.Text.Json;
using System.Text.Json.Serialization;
using SecChange.Application.Json;

namespace SecChange.Web.Api;

/// <summary>
/// The API's JSON: the register's own shape (camelCase, dates as yyyy-MM-dd, enums by their stable names,
/// references as text); a request body with a member the API does not know is refused rather than half-read.
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        foreach (var converter in TextConverters.All)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(new StableEnumConverter());
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.RespectNullableAnnotations = true;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
