using SecChange.Application.Access;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using Document = SecChange.Documents.Model.Document;

namespace SecChange.Documents.Builders;

/// <summary>
/// A consultation summary for one reader: the modification must be one the reader may see, and confidential
/// respondents are named only to a reader the policy allows (<see cref="Visibility.MayNameConfidentialRespondents"/>).
/// </summary>
public sealed class ConsultationDocuments(VisibleRegister register)
{
    /// <param name="asOf">The day the modification is read as of (durations only; the summary depends on the register's events).</param>
    public async Task<Document> BuildAsync(Viewer reader, string reference, ConsultationKind kind, NodaTime.LocalDate asOf, CancellationToken ct = default)
    {
        var view = await register.ViewAsync(reader, reference, asOf, ct);
        var consultation = view.Consultations.LastOrDefault(c => c.Kind == kind)
            ?? throw DomainException.NotFound($"{view.Reference} has had no {kind.Describe()}.");
        return ConsultationLayout.Build(view, consultation);
    }

    /// <summary>The file name without extension: "consultation-MP105-mrc".</summary>
    public static string FileStem(string reference, ConsultationKind kind) =>
        $"consultation-{reference.Trim().ToUpperInvariant()}-{(kind == ConsultationKind.ModificationReport ? "mrc" : "refinement")}";
}
