using System.Collections.Frozen;
using System.Text.Json;

namespace SecChange.Dcc.Requests;

/// <summary>
/// The DUIS request matrix: every Service Request Variant with its criticality, Non-Device flag and
/// eligible User Roles, loaded from <c>duis-request-matrix.json</c> (never retyped).
/// </summary>
public sealed class RequestMatrix
{
    private readonly FrozenDictionary<string, ServiceRequestVariant> _byVariant;

    private RequestMatrix(IEnumerable<ServiceRequestVariant> variants)
    {
        _byVariant = variants.ToFrozenDictionary(v => v.Variant, StringComparer.Ordinal);
    }

    /// <summary>All variants.</summary>
    public IReadOnlyCollection<ServiceRequestVariant> Variants => _byVariant.Values;

    /// <summary>The matrix shipped with the model (129 SRVs).</summary>
    public static RequestMatrix Default { get; } = Load(EmbeddedData.Read("duis-request-matrix.json"));

    /// <summary>Finds a variant by its Service Reference Variant.</summary>
    public bool TryGet(string variant, out ServiceRequestVariant srv) =>
        _byVariant.TryGetValue(variant, out srv!);

    /// <summary>Loads the matrix from its JSON form.</summary>
    /// <exception cref="FormatException">The JSON does not have the matrix's shape.</exception>
    public static RequestMatrix Load(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<ServiceRequestVariant>();
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            var roles = UserRole.None;
            foreach (var r in row.GetProperty("Eligible User Roles").EnumerateArray())
            {
                roles |= Enum.TryParse<UserRole>(r.GetString(), out var role)
                    ? role
                    : throw new FormatException($"Unknown User Role '{r.GetString()}' in the request matrix.");
            }

            var name = row.GetProperty("Service Request Name").GetString() ?? string.Empty;
            var variant = row.GetProperty("Service Reference Variant").GetString()!;
            var reference = row.GetProperty("Service Reference").GetString()!;
            if (variant != reference && !variant.StartsWith(reference + ".", StringComparison.Ordinal))
            {
                // The data writes 6.20's variants with Service Reference "6.2" (a number that lost its
                // trailing zero); the reference messages say 6.20. Derive it from the variant.
                reference = ServiceRequest.ReferenceOf(variant);
            }

            list.Add(new ServiceRequestVariant(
                Name: string.Join(' ', name.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim(),
                ServiceReference: reference,
                Variant: variant,
                Critical: YesNo(row, "Critical"),
                OnDemand: YesNo(row, "On Demand"),
                NonDevice: YesNo(row, "Non-Device Request"),
                EligibleRoles: roles));
        }

        return new RequestMatrix(list);
    }

    private static bool YesNo(JsonElement row, string name) =>
        string.Equals(row.GetProperty(name).GetString(), "Yes", StringComparison.OrdinalIgnoreCase);
}
