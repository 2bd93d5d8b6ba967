using SecChange.Domain.Process;

namespace SecChange.Application.Accounts;

/// <summary>What a signed-in account is in the SEC change process; each account has one.</summary>
public enum AccountRole
{
    None = 0,
    SecasAdministrator,
    SecasAnalyst,
    PanelMember,
    CscMember,
    ChangeBoardMember,
    ChangeBoardAlternate,
    /// <summary>Represents one SEC Party (its organisation) in consultations, proposals and actions.</summary>
    PartyRepresentative,
    Dcc,
    Authority,
}

public static class AccountRoles
{
    /// <summary>The capacity in which an account takes process steps: the role is the account's, never the caller's choice.</summary>
    public static ActorRole ActsAs(this AccountRole role) => role switch
    {
        AccountRole.SecasAdministrator or AccountRole.SecasAnalyst => ActorRole.Secas,
        AccountRole.PanelMember => ActorRole.Panel,
        AccountRole.CscMember => ActorRole.ChangeSubCommittee,
        AccountRole.ChangeBoardMember or AccountRole.ChangeBoardAlternate => ActorRole.ChangeBoard,
        AccountRole.PartyRepresentative => ActorRole.Party,
        AccountRole.Dcc => ActorRole.Dcc,
        AccountRole.Authority => ActorRole.Authority,
        _ => ActorRole.None,
    };

    public static bool IsSecas(this AccountRole role) => role is AccountRole.SecasAdministrator or AccountRole.SecasAnalyst;

    public static string Describe(this AccountRole role) => role switch
    {
        AccountRole.SecasAdministrator => "SECAS administrator",
        AccountRole.SecasAnalyst => "SECAS analyst",
        AccountRole.PanelMember => "Panel member",
        AccountRole.CscMember => "Change Sub-Committee member",
        AccountRole.ChangeBoardMember => "Change Board member",
        AccountRole.ChangeBoardAlternate => "Change Board alternate",
        AccountRole.PartyRepresentative => "Party representative",
        AccountRole.Dcc => "DCC",
        AccountRole.Authority => "Authority (Ofgem)",
        _ => "none",
    };
}
