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
    public static bool MaySee(Viewer viewer, Classification classification, string? proposerName, string? proposerOrganisation)
    {
        if (viewer.IsSecas)
        {
            return true;
        }

        return classification switch
        {
            Classification.White or Classification.None => true,
            Classification.Green => viewer.IsSignedIn,
            Classification.Amber => viewer.IsSignedIn && Same(viewer.Organisation, proposerOrganisation),
            Classification.Red => viewer.IsSignedIn && Same(viewer.Name, proposerName),
            _ => false,
        };
    }

    /// <summary>Whether the list row can be decided without the record (only RED needs the Proposer's name).</summary>
    public static bool NeedsProposerName(Viewer viewer, Classification classification) =>
        classification == Classification.Red && viewer.IsSignedIn && !viewer.IsSecas;

    /// <summary>SECAS sees who gave confidential consultation responses; everyone else sees them unnamed.</summary>
    public static bool MayNameConfidentialRespondents(Viewer viewer) => viewer.IsSecas;

    private static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
