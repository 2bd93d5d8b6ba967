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
    /// <summary>"Chun Chen, DCC (Proposer)"; the role is left out where the name or organisation already says it ("Change Sub-Committee").</summary>
    public override string ToString()
    {
        var role = Role.Describe();
        var who = Organisation is null || Organisation == Name ? Name : $"{Name}, {Organisation}";
        return role == Name || role == Organisation ? who : $"{who} ({role})";
    }
}

public static class ActorRoles
{
    /// <summary>The role in words, as SEC documents name it.</summary>
    public static string Describe(this ActorRole role) => role switch
    {
        ActorRole.Proposer => "Proposer",
        ActorRole.Party => "SEC Party",
        ActorRole.Secas => "SECAS",
        ActorRole.ChangeSubCommittee => "Change Sub-Committee",
        ActorRole.Panel => "SEC Panel",
        ActorRole.WorkingGroup => "Working Group",
        ActorRole.Dcc => "DCC",
        ActorRole.ChangeBoard => "Change Board",
        ActorRole.Authority => "Authority",
        _ => "no role",
    };
}
