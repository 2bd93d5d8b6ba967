namespace SecChange.Dcc.Requests;

/// <summary>One Service Request Variant (SRV) of the DUIS request matrix.</summary>
/// <param name="Name">The Service Request name.</param>
/// <param name="ServiceReference">The Service Reference (e.g. 11.2).</param>
/// <param name="Variant">The Service Reference Variant (e.g. 4.1.1).</param>
/// <param name="Critical">Whether it is a Critical Service Request (a signed Pre-Command).</param>
/// <param name="OnDemand">Whether it may be sent on demand.</param>
/// <param name="NonDevice">Whether it is a Non-Device Service Request, answered by the DCC itself.</param>
/// <param name="EligibleRoles">The User Roles that may send it.</param>
public sealed record ServiceRequestVariant(
    string Name,
    string ServiceReference,
    string Variant,
    bool Critical,
    bool OnDemand,
    bool NonDevice,
    UserRole EligibleRoles)
{
    /// <summary>Whether a User holding any of these roles may send this SRV.</summary>
    public bool IsEligible(UserRole roles) => (EligibleRoles & roles) != UserRole.None;
}
