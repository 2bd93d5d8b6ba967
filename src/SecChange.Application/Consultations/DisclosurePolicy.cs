using SecChange.Application.Views;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Application.Consultations;

/// <summary>
/// Who sees confidential consultation respondents: SECAS, which runs the consultation, may see them named;
/// everyone else sees them as "Confidential respondent", their answers still counted.
/// </summary>
public static class DisclosurePolicy
{
    public static bool MayNameConfidentialRespondents(Actor viewer) => viewer.Role == ActorRole.Secas;

    /// <summary>The consultation as <paramref name="viewer"/> may see it; asking for names without the right is refused, not quietly ignored.</summary>
    public static Consultation Disclose(Consultation consultation, Actor viewer, bool nameConfidential)
    {
        if (!nameConfidential)
        {
            return ModificationView.Publishable(consultation);
        }

        return MayNameConfidentialRespondents(viewer)
            ? consultation
            : throw DomainException.Broken(
                $"Only SECAS may see who gave confidential responses; {viewer.Name} acts as {viewer.Role}, so they are shown as 'Confidential respondent'.");
    }
}
