using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;

namespace SecChange.Application.Access;

/// <summary>
/// The Panel's information policy, in one place: every way out of the register (pages, API, search, feeds,
/// exports, the snapshot, documents) asks this. WHITE is public; GREEN is for the signed-in SEC community;
/// AMBER for the organisations involved (the Proposer's); RED for the people involved (the Proposer). SECAS,
/// which administers the register, sees everything. A record someone may not see is reported exactly as
/// one that does not exist.
/// </summary>
public static class Visibility
{
    public static bool MaySee(Viewer viewer, Classification classification, string? proposerName, string? proposerOrganisation) =>
        MaySee(viewer, classification, () => Same(viewer.Organisation, proposerOrganisation), () => Same(viewer.Name, proposerName));

    /// <summary>
    /// A meeting under the same policy: AMBER for the organisations that attended, RED for the people who
    /// attended (the meeting's own record names them, as a modification's names its Proposer).
    /// </summary>
    public static bool MaySee(Viewer viewer, Classification classification, IReadOnlyList<Attendee> attendees) =>
        MaySee(viewer, classification, () => attendees.Any(a => Same(viewer.Organisation, a.Organisation)), () => attendees.Any(a => Same(viewer.Name, a.Name)));

    /// <summary>Whether the list row can be decided without the record (only RED needs the Proposer's name).</summary>
    public static bool NeedsProposerName(Viewer viewer, Classification classification) =>
        classification == Classification.Red && viewer.IsSignedIn && !viewer.IsSecas;

    /// <summary>SECAS sees who gave confidential consultation responses; everyone else sees them unnamed.</summary>
    public static bool MayNameConfidentialRespondents(Viewer viewer) => viewer.IsSecas;

    /// <param name="isNamedOrganisation">Whether the viewer's organisation is one the record names (for AMBER).</param>
    /// <param name="isNamedPerson">Whether the viewer is a person the record names (for RED).</param>
    private static bool MaySee(Viewer viewer, Classification classification, Func<bool> isNamedOrganisation, Func<bool> isNamedPerson)
    {
        if (viewer.IsSecas)
        {
            return true;
        }

        return classification switch
        {
            Classification.White or Classification.None => true,
            Classification.Green => viewer.IsSignedIn,
            Classification.Amber => viewer.IsSignedIn && isNamedOrganisation(),
            Classification.Red => viewer.IsSignedIn && isNamedPerson(),
            _ => false,
        };
    }

    /// <summary>The same name or organisation, ignoring case and surrounding spaces; a blank matches nothing.</summary>
    internal static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
