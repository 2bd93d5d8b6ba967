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
    // Each enum's table is built the first time that enum is read or written: a command touches a few of them,
    // and building one instantiates (and JIT-compiles) dictionaries over its type.
    private static readonly Dictionary<Type, Func<object>> Maps = new()
    {
        [typeof(AnswerPosition)] = () => Names(new Dictionary<AnswerPosition, string>
        {
            [AnswerPosition.None] = "None",
            [AnswerPosition.Agree] = "Agree",
            [AnswerPosition.Disagree] = "Disagree",
            [AnswerPosition.Neutral] = "Neutral",
        }),
        [typeof(ActionStatus)] = () => Names(new Dictionary<ActionStatus, string>
        {
            [ActionStatus.None] = "None",
            [ActionStatus.Open] = "Open",
            [ActionStatus.Closed] = "Closed",
        }),
        [typeof(MeetingBody)] = () => Names(new Dictionary<MeetingBody, string>
        {
            [MeetingBody.None] = "None",
            [MeetingBody.Panel] = "Panel",
            [MeetingBody.ChangeSubCommittee] = "ChangeSubCommittee",
            [MeetingBody.ChangeBoard] = "ChangeBoard",
            [MeetingBody.WorkingGroup] = "WorkingGroup",
            [MeetingBody.SubCommittee] = "SubCommittee",
        }),
        [typeof(OutcomeKind)] = () => Names(new Dictionary<OutcomeKind, string>
        {
            [OutcomeKind.None] = "None",
            [OutcomeKind.Agreed] = "Agreed",
            [OutcomeKind.Recommended] = "Recommended",
            [OutcomeKind.Noted] = "Noted",
        }),
        [typeof(ModificationState)] = () => Names(new Dictionary<ModificationState, string>
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
        }),
        [typeof(Stage)] = () => Names(new Dictionary<Stage, string>
        {
            [Stage.None] = "None",
            [Stage.Define] = "Define",
            [Stage.Refine] = "Refine",
            [Stage.Opine] = "Opine",
            [Stage.Implement] = "Implement",
            [Stage.Closed] = "Closed",
        }),
        [typeof(ModificationPath)] = () => Names(new Dictionary<ModificationPath, string>
        {
            [ModificationPath.None] = "None",
            [ModificationPath.AuthorityLed] = "AuthorityLed",
            [ModificationPath.AuthorityDetermination] = "AuthorityDetermination",
            [ModificationPath.SelfGovernance] = "SelfGovernance",
        }),
        [typeof(ModificationRoute)] = () => Names(new Dictionary<ModificationRoute, string>
        {
            [ModificationRoute.None] = "None",
            [ModificationRoute.RefinementProcess] = "RefinementProcess",
            [ModificationRoute.ReportPhase] = "ReportPhase",
        }),
        [typeof(Classification)] = () => Names(new Dictionary<Classification, string>
        {
            [Classification.None] = "None",
            [Classification.Red] = "Red",
            [Classification.Amber] = "Amber",
            [Classification.Green] = "Green",
            [Classification.White] = "White",
        }),
        [typeof(AccountRole)] = () => Names(new Dictionary<AccountRole, string>
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
        }),
        [typeof(SecObjective)] = () => Names(new Dictionary<SecObjective, string>
        {
            [SecObjective.None] = "None",
            [SecObjective.A] = "A",
            [SecObjective.B] = "B",
            [SecObjective.C] = "C",
            [SecObjective.D] = "D",
            [SecObjective.E] = "E",
            [SecObjective.F] = "F",
        }),
        [typeof(AssessmentKind)] = () => Names(new Dictionary<AssessmentKind, string>
        {
            [AssessmentKind.None] = "None",
            [AssessmentKind.Preliminary] = "Preliminary",
            [AssessmentKind.Impact] = "Impact",
        }),
        [typeof(ConsultationKind)] = () => Names(new Dictionary<ConsultationKind, string>
        {
            [ConsultationKind.None] = "None",
            [ConsultationKind.Refinement] = "Refinement",
            [ConsultationKind.ModificationReport] = "ModificationReport",
        }),
        [typeof(CscOutcome)] = () => Names(new Dictionary<CscOutcome, string>
        {
            [CscOutcome.None] = "None",
            [CscOutcome.FurtherDevelopmentRequired] = "FurtherDevelopmentRequired",
            [CscOutcome.ReadyToConvert] = "ReadyToConvert",
            [CscOutcome.Noted] = "Noted",
        }),
        [typeof(DecisionOutcome)] = () => Names(new Dictionary<DecisionOutcome, string>
        {
            [DecisionOutcome.None] = "None",
            [DecisionOutcome.Approve] = "Approve",
            [DecisionOutcome.Reject] = "Reject",
            [DecisionOutcome.SendBack] = "SendBack",
        }),
        [typeof(DecidingBody)] = () => Names(new Dictionary<DecidingBody, string>
        {
            [DecidingBody.None] = "None",
            [DecidingBody.ChangeBoard] = "ChangeBoard",
            [DecidingBody.Panel] = "Panel",
            [DecidingBody.Authority] = "Authority",
        }),
        [typeof(WorkingGroupMeetingKind)] = () => Names(new Dictionary<WorkingGroupMeetingKind, string>
        {
            [WorkingGroupMeetingKind.None] = "None",
            [WorkingGroupMeetingKind.Monthly] = "Monthly",
            [WorkingGroupMeetingKind.AdHoc] = "AdHoc",
        }),
        [typeof(ReleaseStatus)] = () => Names(new Dictionary<ReleaseStatus, string>
        {
            [ReleaseStatus.None] = "None",
            [ReleaseStatus.Targeted] = "Targeted",
            [ReleaseStatus.Approved] = "Approved",
            [ReleaseStatus.Implemented] = "Implemented",
        }),
        [typeof(NumberSeries)] = () => Names(new Dictionary<NumberSeries, string>
        {
            [NumberSeries.None] = "None",
            [NumberSeries.Current] = "Current",
            [NumberSeries.Legacy] = "Legacy",
        }),
        [typeof(PartyCategory)] = () => Names(new Dictionary<PartyCategory, string>
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
        }),
        [typeof(ActorRole)] = () => Names(new Dictionary<ActorRole, string>
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
        }),
        [typeof(ReleaseKind)] = () => Names(new Dictionary<ReleaseKind, string>
        {
            [ReleaseKind.None] = "None",
            [ReleaseKind.Scheduled] = "Scheduled",
            [ReleaseKind.Standalone] = "Standalone",
        }),
        [typeof(VotingGroup)] = () => Names(new Dictionary<VotingGroup, string>
        {
            [VotingGroup.None] = "None",
            [VotingGroup.LargeSuppliers] = "LargeSuppliers",
            [VotingGroup.SmallSuppliers] = "SmallSuppliers",
            [VotingGroup.ElectricityNetworkParties] = "ElectricityNetworkParties",
            [VotingGroup.GasNetworkParties] = "GasNetworkParties",
            [VotingGroup.OtherSecParties] = "OtherSecParties",
            [VotingGroup.Consumers] = "Consumers",
        }),
        [typeof(VotePosition)] = () => Names(new Dictionary<VotePosition, string>
        {
            [VotePosition.None] = "None",
            [VotePosition.Approve] = "Approve",
            [VotePosition.Reject] = "Reject",
            [VotePosition.Abstain] = "Abstain",
        }),
        [typeof(CountingRule)] = () => Names(new Dictionary<CountingRule, string>
        {
            [CountingRule.None] = "None",
            [CountingRule.AverageOfGroupShares] = "AverageOfGroupShares",
            [CountingRule.SimpleMajority] = "SimpleMajority",
        }),
    };

    /// <summary>True when the enum's values have stable names.</summary>
    public static bool Covers(Type enumType) => Maps.ContainsKey(enumType);

    public static string Name<T>(T value) where T : struct, Enum => Map<T>().Name(value);

    public static T Parse<T>(string text) where T : struct, Enum =>
        Map<T>().TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name} (expected one of {Map<T>().Expected}).");

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum => Map<T>().TryParse(text, out value);

    internal static EnumNames<T> Map<T>() where T : struct, Enum => Built<T>.Map ??= Maps.TryGetValue(typeof(T), out var build)
        ? (EnumNames<T>)build()
        : throw new InvalidOperationException($"{typeof(T).Name} has no stable names.");

    /// <summary>One enum's table once built (a race builds it twice, harmlessly).</summary>
    private static class Built<T> where T : struct, Enum
    {
        public static EnumNames<T>? Map;
    }

    private static EnumNames<T> Names<T>(Dictionary<T, string> names) where T : struct, Enum => new(names);
}

/// <summary>One enum's frozen names; reading ignores case, as reading enum text always has.</summary>
internal sealed class EnumNames<T>(Dictionary<T, string> names) where T : struct, Enum
{
    private readonly Dictionary<string, T> _values = names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public string Expected => string.Join(", ", names.Values);

    public string Name(T value) =>
        names.TryGetValue(value, out var name) ? name : throw new InvalidOperationException($"{typeof(T).Name}.{value} has no stable name; add it to StableEnumNames.");

    public bool TryParse(string text, out T value) => _values.TryGetValue(text.Trim(), out value);
}
