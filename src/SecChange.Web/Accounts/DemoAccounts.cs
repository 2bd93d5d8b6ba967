using SecChange.Application.Accounts;
using SecChange.Application.ChangeBoard;
using SecChange.Application.Hosting;
using SecChange.Domain.Voting;

namespace SecChange.Web.Accounts;

/// <summary>
/// On a register with no accounts yet (a first start), the sample register and one demo account per role, so
/// that a person can try every part of the process at once. The Change Board accounts are its five members
/// (enough for quorum). All share one password, printed at start-up; never used once real accounts exist.
/// </summary>
public sealed class DemoAccounts(AccountService accounts, ChangeBoardService board, SampleRegister sample)
{
    public const string Password = "secchange-demo";

    public sealed record Demo(string UserName, string DisplayName, AccountRole Role, string? Organisation, VotingGroup Group = VotingGroup.None)
    {
        public string Describe => $"{DisplayName}, {Role.Describe()}" + (Organisation is null || Role == AccountRole.Authority ? "" : $", {Organisation}");
    }

    public static readonly IReadOnlyList<Demo> All =
    [
        new("admin", "Sam Taylor", AccountRole.SecasAdministrator, "SECAS"),
        new("analyst", "Alex Morgan", AccountRole.SecasAnalyst, "SECAS"),
        new("panel", "Priya Shah", AccountRole.PanelMember, "SEC Panel"),
        new("csc", "Chris Evans", AccountRole.CscMember, "Change Sub-Committee"),
        new("paul.saker", "Paul Saker", AccountRole.ChangeBoardMember, "EDF Energy", VotingGroup.LargeSuppliers),
        new("julie.geary", "Julie Geary", AccountRole.ChangeBoardMember, "E.ON", VotingGroup.LargeSuppliers),
        new("gemma.slaney", "Gemma Slaney", AccountRole.ChangeBoardMember, "WPD", VotingGroup.ElectricityNetworkParties),
        new("daniel.davies", "Daniel Davies", AccountRole.ChangeBoardMember, "ESG Global", VotingGroup.OtherSecParties),
        new("peter.hoare", "Peter Hoare", AccountRole.ChangeBoardMember, "Kaifa Metering", VotingGroup.OtherSecParties),
        new("eon", "Jo Bennett", AccountRole.PartyRepresentative, "E.ON"),
        new("dcc", "Dana Clarke", AccountRole.Dcc, "DCC"),
        new("ofgem", "Olu Adeyemi", AccountRole.Authority, "Ofgem"),
    ];

    /// <summary>The demo accounts opened at this start (empty when the register already had accounts).</summary>
    public IReadOnlyList<Demo> Created { get; private set; } = [];

    public async Task EnsureAsync(bool enabled, CancellationToken ct = default)
    {
        if (!enabled || await accounts.AnyAsync(ct))
        {
            return;
        }

        await sample.LoadIfEmptyAsync(ct);
        var members = (await board.ChangeBoardMembersAsync(ct)).Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var demo in All)
        {
            await accounts.CreateAsync(new NewAccount(demo.UserName, demo.DisplayName, demo.Role, demo.Organisation, Password), by: null, ct);
            if (demo.Group != VotingGroup.None && !members.Contains(demo.DisplayName))
            {
                await board.SaveChangeBoardMemberAsync(new ChangeBoardMember(demo.DisplayName, demo.Organisation!, demo.Group), SampleRegister.Loader, ct);
            }
        }

        Created = All;
    }
}
