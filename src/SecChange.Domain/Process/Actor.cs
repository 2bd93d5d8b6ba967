namespace SecChange.Domain.Process;

/// <summary>The capacity in which someone takes a step in the process.</summary>
public enum ActorRole
{
    None = 0,
    /// <summary>The Party (or person) who raised the modification.</summary>
    Proposer,
    /// <summary>Any SEC Party.</summary>
    Party,
    Secas,
    ChangeSubCommittee,
    Panel,
    WorkingGroup,
    Dcc,
    ChangeBoard,
    Authority,
}

/// <summary>Who took a step: a named person or body, in a role, for an organisation.</summary>
public sealed record Actor(string Name, ActorRole Role, string? Organisation = null)
{
    public override string ToString() => Organisation is null ? $"{Name} ({Role})" : $"{Name}, {Organisation} ({Role})";
}
