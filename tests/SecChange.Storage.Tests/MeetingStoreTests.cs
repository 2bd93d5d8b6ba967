using NodaTime;
using SecChange.Application.Meetings;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Meetings;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Storage.Migrations;
using SecChange.Testing;

namespace SecChange.Storage.Tests;

/// <summary>Meetings and the action log on SQLite and PostgreSQL: versions, audit, all-or-nothing outcomes.</summary>
public class MeetingStoreTests
{
    private static readonly Actor Secas = new("Louise Evans", ActorRole.Secas, "SECAS");

    private static async Task<(EfRegisterStore Store, TestCore Register, MeetingService Meetings)> CreateAsync(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var register = TestStores.Core(store);
        return (store, register, register.Meetings);
    }

    private static async Task RaiseAsync(TestCore register, int number) =>
        await register.Modifications.RaiseDraftProposalAsync(new DraftProposalRaised($"DP{number}", "Proposer", null, null, Classification.Green, false),
            new LocalDate(2020, 1, 10), Secas, number);

    [Fact]
    public void Schema_MeetingsAndActions_AreVersionFour() =>
        Schema.Migrations.Single(m => m.Name == "meetings and actions").Version.ShouldBe(4);

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task SaveMeeting_WhenSomeoneSavedSinceTheVersionRead_IsAConflict(string provider)
    {
        var (store, _, meetings) = await CreateAsync(provider);
        var meeting = await meetings.CreateAsync("CSC", 11, new LocalDate(2020, 1, 28), new LocalTime(10, 0), new LocalTime(11, 0), null,
            Classification.White, Secas);
        await meetings.AddOtherBusinessAsync("CSC 11", "First", Secas);

        await using var session = await store.BeginAsync();
        var ex = await Should.ThrowAsync<DomainException>(() => session.SaveMeetingAsync(meeting.AddOtherBusiness("Stale"), 1));

        ex.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task RecordOutcome_WithCscOutcome_ChangesMeetingAndModificationTogetherWithAudit(string provider)
    {
        var (_, register, meetings) = await CreateAsync(provider);
        await RaiseAsync(register, 98);
        await meetings.CreateAsync("CSC", 11, new LocalDate(2020, 1, 28), null, null, null, Classification.White, Secas);
        await meetings.AddItemAsync("CSC 11", 3, "Draft Proposal Report", [ModificationId.Parse("DP098")], Secas);

        await meetings.RecordOutcomeAsync("CSC 11", 3, new ItemOutcome(OutcomeKind.Recommended, "to the Panel ...", ModificationId.Parse("DP098"),
            CscOutcome.ReadyToConvert, ModificationRoute.ReportPhase), Secas);

        var dp098 = await register.Queries.GetAsync("DP098");
        dp098.State.ShouldBe(ModificationState.AwaitingConversion);
        dp098.CscReviews.Single().Meeting.ShouldBe("CSC 11");
        dp098.CscReviews.Single().On.ShouldBe(new LocalDate(2020, 1, 28));
        (await meetings.ShowAsync("CSC 11")).Items.Single().Outcomes.Single().Step.ShouldBe(CscOutcome.ReadyToConvert);
        (await register.Queries.AuditTrailAsync("CSC 11")).Select(a => a.Command).ShouldBe(["meeting create", "meeting item", "meeting outcome"]);
        (await register.Queries.AuditTrailAsync("DP098")).Select(a => a.Command).ShouldContain("csc-outcome");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task RecordOutcome_WhenTheProcessRefusesTheStep_WritesNeitherMeetingNorModification(string provider)
    {
        var (_, register, meetings) = await CreateAsync(provider);
        await RaiseAsync(register, 98);
        await meetings.CreateAsync("CSC", 11, new LocalDate(2020, 1, 28), null, null, null, Classification.White, Secas);
        await meetings.AddItemAsync("CSC 11", 3, "Draft Proposal Report", [ModificationId.Parse("DP098")], Secas);

        var ex = await Should.ThrowAsync<DomainException>(() => meetings.RecordOutcomeAsync("CSC 11", 3,
            new ItemOutcome(OutcomeKind.Agreed, "ready", ModificationId.Parse("DP098"), CscOutcome.ReadyToConvert), Secas));

        ex.Message.ShouldContain("must recommend a route");
        (await register.Queries.GetAsync("DP098")).Version.ShouldBe(1);
        (await meetings.ShowAsync("CSC 11")).Items.Single().Outcomes.ShouldBeEmpty();
        (await register.Queries.AuditTrailAsync("CSC 11")).Count.ShouldBe(2);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task RaiseAction_AtAMeeting_NumbersEachMeetingsActionsFromOne(string provider)
    {
        var (_, _, meetings) = await CreateAsync(provider);
        await meetings.CreateAsync("CSC", 11, new LocalDate(2020, 1, 28), null, null, null, Classification.White, Secas);
        await meetings.RaiseActionAsync(null, ActionReference.Parse("CSC 10/01"), "DCC", "DCC to provide the CSC with draft legal text", null, [], Secas);

        var first = await meetings.RaiseActionAsync("CSC 11", null, "DCC", "First", null, [], Secas);
        var second = await meetings.RaiseActionAsync("CSC 11", null, "SECAS", "Second", new LocalDate(2020, 2, 25), [], Secas);

        first.Reference.ToString().ShouldBe("CSC 11/01");
        second.Reference.ToString().ShouldBe("CSC 11/02");
        first.RaisedOn.ShouldBe(new LocalDate(2020, 1, 28));
        (await meetings.ActionsAsync(true, new LocalDate(2020, 2, 26))).Select(a => a.Reference).ShouldBe(["CSC 11/02"]);
        var ex = await Should.ThrowAsync<DomainException>(() =>
            meetings.RaiseActionAsync(null, ActionReference.Parse("CSC 11/01"), "DCC", "Again", null, [], Secas));
        ex.Message.ShouldContain("already exists");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task ExportImport_WithTheSampleRegister_KeepsMeetingsAndActions(string provider)
    {
        var (store, register, meetings) = await CreateAsync(provider);
        await register.Exchange.ImportAsync(ReferenceData.SampleRegister(), Secas);
        var exported = await register.Exchange.ExportAsync();

        var (_, copy, copyMeetings) = await CreateAsync(provider);
        await copy.Exchange.ImportAsync(exported, Secas);

        (await copy.Exchange.ExportAsync()).Meetings.Count.ShouldBe(3);
        (await copyMeetings.ShowAsync("CSC 11")).ShouldBeEquivalentTo(await meetings.ShowAsync("CSC 11"));
        (await copyMeetings.ActionsAsync(false, null)).Count.ShouldBe(5);
        await using var session = await store.BeginAsync(readOnly: true);
        (await session.MeetingsAsync()).ShouldAllBe(m => m.Version == 1);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenAMeetingNamesAnUnknownModification_IsRefusedWhole(string provider)
    {
        var (_, register, _) = await CreateAsync(provider);
        var sample = ReferenceData.SampleRegister();
        var document = sample with { Modifications = [.. sample.Modifications.Where(h => h.Id != ModificationId.Parse("DP111"))] };

        var ex = await Should.ThrowAsync<DomainException>(() => register.Exchange.ImportAsync(document, Secas));

        ex.Message.ShouldContain("DP111");
        (await register.Exchange.ExportAsync()).Modifications.ShouldBeEmpty();
    }
}
