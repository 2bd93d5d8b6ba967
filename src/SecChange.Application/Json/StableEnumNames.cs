using System.Collections.Concurrent;
using System.Globalization;
using SecChange.Application.Accounts;
using SecChange.Domain.Consultations;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;
using SecChange.Domain.Voting;

namespace SecChange.Application.Json;

/// <summary>
/// The text each stored or exchanged enum value is written as, in files and in database columns. The
/// text is frozen: renaming a member in code keeps its text here (the compiler carries the rename into
/// this table), so stored histories and exported files stay readable. A new member needs its entry;
/// a test checks that every member has one.
/// </summary>
public static class StableEnumNames
{
    // Each enum's table is built the first time that enum is read or written (a command touches a few of them). The
    // tables hold values as numbers, not as the enum type: dictionaries over each enum type would each be compiled
    // at run time, on every start.
    private static readonly Dictionary<Type, Func<EnumNames>> Maps = new()
    {
        [typeof(AnswerPosition)] = () => new()
        {
            [AnswerPosition.None] = "None",
            [AnswerPosition.Agree] = "Agree",
            [AnswerPosition.Disagree] = "Disagree",
            [AnswerPosition.Neutral] = "Neutral",
        },
        [typeof(ActionStatus)] = () => new()
        {
            [ActionStatus.None] = "None",
            [ActionStatus.Open] = "Open",
            [ActionStatus.Closed] = "Closed",
        },
        [typeof(MeetingBody)] = () => new()
        {
            [MeetingBody.None] = "None",
            [MeetingBody.Panel] = "Panel",
            [MeetingBody.ChangeSubCommittee] = "ChangeSubCommittee",
            [MeetingBody.ChangeBoard] = "ChangeBoard",
            [MeetingBody.WorkingGroup] = "WorkingGroup",
            [MeetingBody.SubCommittee] = "SubCommittee",
        },
        [typeof(OutcomeKind)] = () => new()
        {
            [OutcomeKind.None] = "None",
            [OutcomeKind.Agreed] = "Agreed",
            [OutcomeKind.Recommended] = "Recommended",
            [OutcomeKind.Noted] = "Noted",
        },
        [typeof(ModificationState)] = () => new()
        {
            [ModificationState.None] = "None",
            [ModificationState.Development] = "Development",
            [ModificationState.AwaitingConversion] = "AwaitingConversion",
            [ModificationState.Refinement] = "Refinement",
            [ModificationState.ReportPhase] = "ReportPhase",
            [ModificationState.AwaitingAuthorityDecision] = "AwaitingAuthorityDecision",
            [ModificationState.ReferredToPanel] = "ReferredToPanel",
            [ModificationState.UnderAppeal] = "UnderAppeal",
            [ModificationState.Approved] = "Approved",
            [ModificationState.Rejected] = "Rejected",
            [ModificationState.Withdrawn] = "Withdrawn",
            [ModificationState.Implemented] = "Implemented",
        },
        [typeof(Stage)] = () => new()
        {
            [Stage.None] = "None",
            [Stage.Define] = "Define",
            [Stage.Refine] = "Refine",
            [Stage.Opine] = "Opine",
            [Stage.Implement] = "Implement",
            [Stage.Closed] = "Closed",
        },
        [typeof(ModificationPath)] = () => new()
        {
            [ModificationPath.None] = "None",
            [ModificationPath.AuthorityLed] = "AuthorityLed",
            [ModificationPath.AuthorityDetermination] = "AuthorityDetermination",
            [ModificationPath.SelfGovernance] = "SelfGovernance",
        },
        [typeof(ModificationRoute)] = () => new()
        {
            [ModificationRoute.None] = "None",
            [ModificationRoute.RefinementProcess] = "RefinementProcess",
            [ModificationRoute.ReportPhase] = "ReportPhase",
        },
        [typeof(Classification)] = () => new()
        {
            [Classification.None] = "None",
            [Classification.Red] = "Red",
            [Classification.Amber] = "Amber",
            [Classification.Green] = "Green",
            [Classification.White] = "White",
        },
        [typeof(AccountRole)] = () => new()
        {
            [AccountRole.None] = "None",
            [AccountRole.SecasAdministrator] = "SecasAdministrator",
            [AccountRole.SecasAnalyst] = "SecasAnalyst",
            [AccountRole.PanelMember] = "PanelMember",
            [AccountRole.CscMember] = "CscMember",
            [AccountRole.ChangeBoardMember] = "ChangeBoardMember",
            [AccountRole.ChangeBoardAlternate] = "ChangeBoardAlternate",
            [AccountRole.PartyRepresentative] = "PartyRepresentative",
            [AccountRole.Dcc] = "Dcc",
            [AccountRole.Authority] = "Authority",
        },
        [typeof(SecObjective)] = () => new()
        {
            [SecObjective.None] = "None",
            [SecObjective.A] = "A",
            [SecObjective.B] = "B",
            [SecObjective.C] = "C",
            [SecObjective.D] = "D",
            [SecObjective.E] = "E",
            [SecObjective.F] = "F",
        },
        [typeof(ReportSection)] = () => new()
        {
            [ReportSection.None] = "None",
            [ReportSection.Summary] = "Summary",
            [ReportSection.Issue] = "Issue",
            [ReportSection.Solution] = "Solution",
            [ReportSection.PartyImpacts] = "PartyImpacts",
            [ReportSection.DccSystemImpact] = "DccSystemImpact",
            [ReportSection.SecDocumentImpact] = "SecDocumentImpact",
            [ReportSection.ConsumerImpact] = "ConsumerImpact",
            [ReportSection.OtherCodesImpact] = "OtherCodesImpact",
            [ReportSection.GreenhouseGasImpact] = "GreenhouseGasImpact",
            [ReportSection.DccCosts] = "DccCosts",
            [ReportSection.SecasCosts] = "SecasCosts",
            [ReportSection.ImplementationApproach] = "ImplementationApproach",
            [ReportSection.PartyViews] = "PartyViews",
            [ReportSection.CscViews] = "CscViews",
            [ReportSection.SolutionDevelopment] = "SolutionDevelopment",
            [ReportSection.WorkingGroupViews] = "WorkingGroupViews",
            [ReportSection.SubCommitteeViews] = "SubCommitteeViews",
            [ReportSection.BusinessCase] = "BusinessCase",
            [ReportSection.ProposerObjectiveViews] = "ProposerObjectiveViews",
            [ReportSection.IndustryObjectiveViews] = "IndustryObjectiveViews",
            [ReportSection.Annexes] = "Annexes",
        },
        [typeof(AssessmentKind)] = () => new()
        {
            [AssessmentKind.None] = "None",
            [AssessmentKind.Preliminary] = "Preliminary",
            [AssessmentKind.Impact] = "Impact",
        },
        [typeof(ConsultationKind)] = () => new()
        {
            [ConsultationKind.None] = "None",
            [ConsultationKind.Refinement] = "Refinement",
            [ConsultationKind.ModificationReport] = "ModificationReport",
        },
        [typeof(CscOutcome)] = () => new()
        {
            [CscOutcome.None] = "None",
            [CscOutcome.FurtherDevelopmentRequired] = "FurtherDevelopmentRequired",
            [CscOutcome.ReadyToConvert] = "ReadyToConvert",
            [CscOutcome.Noted] = "Noted",
        },
        [typeof(DecisionOutcome)] = () => new()
        {
            [DecisionOutcome.None] = "None",
            [DecisionOutcome.Approve] = "Approve",
            [DecisionOutcome.Reject] = "Reject",
            [DecisionOutcome.SendBack] = "SendBack",
        },
        [typeof(DecidingBody)] = () => new()
        {
            [DecidingBody.None] = "None",
            [DecidingBody.ChangeBoard] = "ChangeBoard",
            [DecidingBody.Panel] = "Panel",
            [DecidingBody.Authority] = "Authority",
        },
        [typeof(WorkingGroupMeetingKind)] = () => new()
        {
            [WorkingGroupMeetingKind.None] = "None",
            [WorkingGroupMeetingKind.Monthly] = "Monthly",
            [WorkingGroupMeetingKind.AdHoc] = "AdHoc",
        },
        [typeof(ReleaseStatus)] = () => new()
        {
            [ReleaseStatus.None] = "None",
            [ReleaseStatus.Targeted] = "Targeted",
            [ReleaseStatus.Approved] = "Approved",
            [ReleaseStatus.Implemented] = "Implemented",
        },
        [typeof(NumberSeries)] = () => new()
        {
            [NumberSeries.None] = "None",
            [NumberSeries.Current] = "Current",
            [NumberSeries.Legacy] = "Legacy",
        },
        [typeof(PartyCategory)] = () => new()
        {
            [PartyCategory.None] = "None",
            [PartyCategory.LargeSupplier] = "LargeSupplier",
            [PartyCategory.SmallSupplier] = "SmallSupplier",
            [PartyCategory.ElectricityNetworkParty] = "ElectricityNetworkParty",
            [PartyCategory.GasNetworkParty] = "GasNetworkParty",
            [PartyCategory.OtherSecParty] = "OtherSecParty",
            [PartyCategory.Dcc] = "Dcc",
            [PartyCategory.Consumer] = "Consumer",
            [PartyCategory.Secas] = "Secas",
            [PartyCategory.Authority] = "Authority",
            [PartyCategory.Other] = "Other",
        },
        [typeof(ActorRole)] = () => new()
        {
            [ActorRole.None] = "None",
            [ActorRole.Proposer] = "Proposer",
            [ActorRole.Party] = "Party",
            [ActorRole.Secas] = "Secas",
            [ActorRole.ChangeSubCommittee] = "ChangeSubCommittee",
            [ActorRole.Panel] = "Panel",
            [ActorRole.WorkingGroup] = "WorkingGroup",
            [ActorRole.Dcc] = "Dcc",
            [ActorRole.ChangeBoard] = "ChangeBoard",
            [ActorRole.Authority] = "Authority",
        },
        [typeof(ReleaseKind)] = () => new()
        {
            [ReleaseKind.None] = "None",
            [ReleaseKind.Scheduled] = "Scheduled",
            [ReleaseKind.Standalone] = "Standalone",
        },
        [typeof(VotingGroup)] = () => new()
        {
            [VotingGroup.None] = "None",
            [VotingGroup.LargeSuppliers] = "LargeSuppliers",
            [VotingGroup.SmallSuppliers] = "SmallSuppliers",
            [VotingGroup.ElectricityNetworkParties] = "ElectricityNetworkParties",
            [VotingGroup.GasNetworkParties] = "GasNetworkParties",
            [VotingGroup.OtherSecParties] = "OtherSecParties",
            [VotingGroup.Consumers] = "Consumers",
        },
        [typeof(VotePosition)] = () => new()
        {
            [VotePosition.None] = "None",
            [VotePosition.Approve] = "Approve",
            [VotePosition.Reject] = "Reject",
            [VotePosition.Abstain] = "Abstain",
        },
        [typeof(CountingRule)] = () => new()
        {
            [CountingRule.None] = "None",
            [CountingRule.AverageOfGroupShares] = "AverageOfGroupShares",
            [CountingRule.SimpleMajority] = "SimpleMajority",
        },
    };

    private static readonly ConcurrentDictionary<Type, EnumNames> Built = new();

    /// <summary>True when the enum's values have stable names.</summary>
    public static bool Covers(Type enumType) => Maps.ContainsKey(enumType);

    public static string Name<T>(T value) where T : struct, Enum => Of(typeof(T)).Name(value);

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name} (expected one of {Of(typeof(T)).Expected}).");

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var found = Of(typeof(T)).TryParse(text, out var number);
        value = found ? (T)Enum.ToObject(typeof(T), number) : default;
        return found;
    }

    /// <summary>One enum's names, built on first use (a race builds it twice, harmlessly).</summary>
    internal static EnumNames Of(Type enumType) => Built.GetOrAdd(enumType, static type =>
        Maps.TryGetValue(type, out var build) && build() is var names && names.Type == type
            ? names
            : throw new InvalidOperationException($"{type.Name} has no stable names."));
}

/// <summary>One enum's frozen names, each set as <c>[Member] = "Name"</c>; reading ignores case, as reading enum text always has.</summary>
internal sealed class EnumNames
{
    private readonly Dictionary<int, string> _names = [];
    private readonly Dictionary<string, int> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The enum named (every member set must be of the same one).</summary>
    public Type? Type { get; private set; }

    public string this[Enum member]
    {
        set
        {
            Type ??= member.GetType();
            if (member.GetType() != Type) throw new InvalidOperationException($"{member.GetType().Name}.{member} is in the table of {Type.Name}.");
            _names.Add(Number(member), value);
            _values.Add(value, Number(member));
        }
    }

    public string Expected => string.Join(", ", _names.Values);

    public string Name(Enum member) => _names.TryGetValue(Number(member), out var name)
        ? name
        : throw new InvalidOperationException($"{member.GetType().Name}.{member} has no stable name; add it to StableEnumNames.");

    public bool TryParse(string text, out int number) => _values.TryGetValue(text.Trim(), out number);

    private static int Number(Enum member) => Convert.ToInt32(member, CultureInfo.InvariantCulture);
}
