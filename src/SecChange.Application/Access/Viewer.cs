using SecChange.Application.Accounts;
using SecChange.Domain.Process;

namespace SecChange.Application.Access;

/// <summary>
/// Who is looking (and acting): a signed-in account, an API key's account, or an anonymous visitor. Hosts
/// build it from the authenticated identity only, never from what a caller types.
/// </summary>
public sealed record Viewer(string? AccountId, string Name, AccountRole Role, string? Organisation)
{
    public static readonly Viewer Anonymous = new(null, "Anonymous visitor", AccountRole.None, null);

    public static Viewer Of(Account account) => new(account.Id, account.DisplayName, account.Role, account.Organisation);

    public bool IsSignedIn => AccountId is not null;

    public bool IsSecas => IsSignedIn && Role.IsSecas();

    /// <summary>The actor recorded on the steps this account takes: its own name, role and organisation.</summary>
    public Actor AsActor() => new(Name, Role.ActsAs(), Organisation);

    /// <summary>
    /// The actor on one modification: a Party representative of the Proposer's organisation acts as its Proposer
    /// (who alone may withdraw it); everyone else acts in their account's role.
    /// </summary>
    public Actor AsActorOn(string? proposerOrganisation) =>
        Role == AccountRole.PartyRepresentative && Organisation is not null &&
        string.Equals(Organisation, proposerOrganisation, StringComparison.OrdinalIgnoreCase)
            ? AsActor() with { Role = ActorRole.Proposer }
            : AsActor();
}
