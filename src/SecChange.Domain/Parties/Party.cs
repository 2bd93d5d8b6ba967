using SecChange.Domain.Limits;

namespace SecChange.Domain.Parties;

/// <summary>SEC Party categories (they map onto Change Board Voting Groups), plus the bodies that are not
/// SEC Parties but take part in the process.</summary>
public enum PartyCategory
{
    None = 0,
    LargeSupplier,
    SmallSupplier,
    ElectricityNetworkParty,
    GasNetworkParty,
    OtherSecParty,
    Dcc,
    /// <summary>Consumer representatives (e.g. Citizens Advice): a Voting Group, not a SEC Party.</summary>
    Consumer,
    /// <summary>The Code Administrator and Secretariat.</summary>
    Secas,
    /// <summary>The Authority (Ofgem).</summary>
    Authority,
    /// <summary>Government, sub-committee chairs and other participants.</summary>
    Other,
}

/// <summary>An organisation taking part in the SEC, known by its name.</summary>
public sealed record Party(string Name, PartyCategory Category)
{
    public string Name { get; init; } = InputLimits.Line(Name, "party name");
}

/// <summary>A person, their organisation and any SECAS role (Lead Analyst, Meeting Secretary, ...).</summary>
public sealed record Person(string Name, string Organisation, string? Role = null)
{
    public string Name { get; init; } = InputLimits.Line(Name, "name");
    public string Organisation { get; init; } = InputLimits.Line(Organisation, "organisation");
    public string? Role { get; init; } = InputLimits.Line(Role, "role");
}
