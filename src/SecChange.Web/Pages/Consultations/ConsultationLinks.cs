using SecChange.Application.Views;
using SecChange.Domain.Modifications;

namespace SecChange.Web.Pages.Consultations;

/// <summary>How a consultation is named in addresses: /modifications/MP105/consultations/refinement.</summary>
public static class ConsultationLinks
{
    public static string Slug(ConsultationKind kind) => kind == ConsultationKind.ModificationReport ? "modification-report" : "refinement";

    public static ConsultationKind? Parse(string? slug) => slug?.Trim().ToLowerInvariant() switch
    {
        "refinement" => ConsultationKind.Refinement,
        "modification-report" => ConsultationKind.ModificationReport,
        _ => null,
    };

    /// <summary>The latest consultation of the kind an address names, if the modification has had one.</summary>
    public static Consultation? Find(ModificationView view, string? slug) =>
        Parse(slug) is { } kind ? view.Consultations.LastOrDefault(c => c.Kind == kind) : null;

    public static string Page(string reference, ConsultationKind kind) => $"/modifications/{reference}/consultations/{Slug(kind)}";
}
