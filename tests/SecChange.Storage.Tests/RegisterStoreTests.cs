using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SecChange.Application.Json;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Consultations;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;
using SecChange.Storage.Migrations;

namespace SecChange.Storage.Tests;

/// <summary>The same storage behaviour, run against SQLite and PostgreSQL.</summary>
public class RegisterStoreTests
{
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");

    private static async Task<(EfRegisterStore Store, TestCore Service)> SampleAsync(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var service = TestStores.Core(store);
        await service.Exchange.ImportAsync(ReferenceData.SampleRegister(), Secas);
        return (store, service);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Migrate_WhenRunTwice_AppliesEachVersionOnce(string provider)
    {
        var store = await TestStores.CreateAsync(provider);

        await store.MigrateAsync();

        await using var db = store.CreateContext();
        (await SchemaMigrator.MigrateAsync(db, store.Options.Provider)).ShouldBe(0);
        await using var session = await store.BeginAsync(readOnly: true);
        (await session.IsEmptyAsync()).ShouldBeTrue();
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task IsCurrent_WhenNewMigratedOrNewer_IsTrueOnlyWhenMigrated(string provider)
    {
        var store = new EfRegisterStore(await TestStores.OptionsAsync(provider));
        await using var connection = store.Options.CreateConnection();
        await connection.OpenAsync();

        (await SchemaMigrator.IsCurrentAsync(connection)).ShouldBeFalse();
        await store.MigrateAsync();
        (await SchemaMigrator.IsCurrentAsync(connection)).ShouldBeTrue();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO schema_versions (version, name, applied_at) VALUES (99, 'future', CURRENT_TIMESTAMP)";
            await cmd.ExecuteNonQueryAsync();
        }

        (await SchemaMigrator.IsCurrentAsync(connection)).ShouldBeFalse();
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Migrate_WhenDatabaseIsNewerThanThisBuild_IsRefused(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        await using (var db = store.CreateContext())
        {
            await db.Database.OpenConnectionAsync();
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = "INSERT INTO schema_versions (version, name, applied_at) VALUES (99, 'future', CURRENT_TIMESTAMP)";
            await cmd.ExecuteNonQueryAsync();
        }

        var ex = await Should.ThrowAsync<DomainException>(() => store.MigrateAsync());

        ex.Message.ShouldContain("schema version 99");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenSampleRegister_LoadsEveryModificationAndExportsTheSameEvents(string provider)
    {
        var (_, service) = await SampleAsync(provider);
        var sample = ReferenceData.SampleRegister();

        var all = await service.Queries.LoadAllAsync();
        var export = await service.Exchange.ExportAsync();

        all.Count.ShouldBe(sample.Modifications.Count);
        export.Releases.Count.ShouldBe(sample.Releases.Count);
        export.Parties.Count.ShouldBe(sample.Parties.Count);
        foreach (var history in sample.Modifications)
        {
            var exported = export.Modifications.Single(m => m.Id == history.Id);
            exported.Events.Select(e => (e.On, e.By, e.Reason, Json(e.Change)))
                .ShouldBe(history.Events.Select(e => (e.On, e.By, e.Reason, Json(e.Change))), $"events of {history.Id}");
        }
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Find_WhenMp105Stored_RebuildsItsTimetable(string provider)
    {
        var (_, service) = await SampleAsync(provider);

        var mp105 = await service.Queries.GetAsync("DP105");

        mp105.Reference.ShouldBe("MP105");
        mp105.RaisedOn.ShouldBe(new LocalDate(2019, 12, 18));
        mp105.Assessments.Where(a => a.Kind == AssessmentKind.Preliminary).Select(a => a.RequestedOn)
            .ShouldBe([new LocalDate(2020, 4, 6), new LocalDate(2020, 7, 17)]);
        mp105.Consultations.Single().ShouldBe(new Consultation(ConsultationKind.Refinement, new LocalDate(2020, 9, 14), new LocalDate(2020, 10, 5), new LocalDate(2020, 10, 5)));
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task List_WhenFilteredByRelease_ReturnsTheThirteenOfNovember2020(string provider)
    {
        var (_, service) = await SampleAsync(provider);

        var rows = await service.Queries.ListAsync(new RegisterFilter { ReleaseId = "2020-11" });

        rows.Select(r => r.Reference).ShouldBe([
            "MP080", "MP081", "MP093", "MP098", "MP101", "MP103", "MP110", "MP112", "MP115", "MP118", "MP120", "MP124", "SECMP0062"]);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task List_WhenTextIsOnlyInTheProblemOrSolution_FindsTheModification(string provider)
    {
        var (_, service) = await SampleAsync(provider);

        // MP105's solution: "Add SR 11.2 to the exception list of the E5 authorisation check ...".
        (await service.Queries.ListAsync(new RegisterFilter { Text = "Exception List" })).Select(r => r.Reference).ShouldBe(["MP105"]);
        // Its problem statement: "... a Device whose firmware was removed from the CPL stays 'Suspended' ...".
        (await service.Queries.ListAsync(new RegisterFilter { Text = "removed from the cpl" })).Select(r => r.Reference).ShouldContain("MP105");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task List_WhenFilteredByStageTextPartyAndPath_CombinesFilters(string provider)
    {
        var (_, service) = await SampleAsync(provider);

        // MP105 by its problem statement; the others by their titles.
        (await service.Queries.ListAsync(new RegisterFilter { Text = "FIRMWARE" })).Select(r => r.Reference).ShouldBe(["MP102A", "MP105", "SECMP0007"]);
        (await service.Queries.ListAsync(new RegisterFilter { Stage = Stage.Define, Party = "sms plc" })).Select(r => r.Reference).ShouldBe(["DP136"]);
        (await service.Queries.ListAsync(new RegisterFilter { State = ModificationState.AwaitingAuthorityDecision })).Select(r => r.Reference).ShouldBe(["MP088"]);
        (await service.Queries.ListAsync(new RegisterFilter { Path = ModificationPath.SelfGovernance, Stage = Stage.Opine })).Select(r => r.Reference).ShouldBe(["SECMP0015"]);
        (await service.Queries.ListAsync(new RegisterFilter { Text = "100%_" })).ShouldBeEmpty();
        (await service.Queries.ListAsync(new RegisterFilter { Limit = 3 })).Count.ShouldBe(3);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Append_WhenAnotherSessionAppendedFirst_FailsWithConflictAndLosesNothing(string provider)
    {
        var (store, service) = await SampleAsync(provider);
        var stale = await service.Queries.GetAsync("MP105");
        var process = new ModificationProcess(service.Rules, ReferenceData.EnglandAndWalesCalendar, service.Clock);
        var staleVersion = stale.Version;
        await service.Modifications.TakeStepAsync("MP105", new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.Monthly, "First writer"), new LocalDate(2020, 11, 4), Secas);

        process.Take(stale, new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.AdHoc, "Second writer"), new LocalDate(2020, 11, 5), Secas);
        var ex = await Should.ThrowAsync<DomainException>(async () =>
        {
            await using var session = await store.BeginAsync();
            await session.AppendAsync(stale, staleVersion);
            await session.CommitAsync();
        });

        ex.Kind.ShouldBe(ErrorKind.Conflict);
        var stored = await service.Queries.GetAsync("MP105");
        stored.Version.ShouldBe(staleVersion + 1);
        stored.WorkingGroupDiscussions[^1].Summary.ShouldBe("First writer");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task TakeSteps_WhenASecondStepIsRefused_WritesNeitherStepNorAudit(string provider)
    {
        var (_, service) = await SampleAsync(provider);
        var before = await service.Queries.GetAsync("MP105");
        var auditBefore = (await service.Queries.AuditTrailAsync("MP105")).Count;

        await Should.ThrowAsync<DomainException>(() => service.Modifications.TakeStepsAsync("MP105",
            [new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.Monthly), new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve)],
            new LocalDate(2020, 11, 4), Secas));

        (await service.Queries.GetAsync("MP105")).Version.ShouldBe(before.Version);
        (await service.Queries.AuditTrailAsync("MP105")).Count.ShouldBe(auditBefore);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenOneHistoryBreaksARule_ImportsNothing(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var service = TestStores.Core(store);
        var sample = ReferenceData.SampleRegister();
        var broken = sample with
        {
            Modifications = [.. sample.Modifications, new ModificationHistory(ModificationId.Parse("MP900"),
            [
                new HistoryEvent(new LocalDate(2020, 1, 1), Secas, new DraftProposalRaised("Broken", "A. Person", null, null, Classification.White)),
                new HistoryEvent(new LocalDate(2020, 2, 1), Secas, new DecisionRecorded(DecidingBody.ChangeBoard, DecisionOutcome.Approve)),
            ])],
        };

        var ex = await Should.ThrowAsync<DomainException>(() => service.Exchange.ImportAsync(broken, Secas));

        ex.Message.ShouldContain("MP900 event 2");
        await using var session = await store.BeginAsync(readOnly: true);
        (await session.IsEmptyAsync()).ShouldBeTrue();
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenAModificationAlreadyExists_IsRefusedWhole(string provider)
    {
        var (_, service) = await SampleAsync(provider);

        var ex = await Should.ThrowAsync<DomainException>(() => service.Exchange.ImportAsync(ReferenceData.SampleRegister(), Secas));

        ex.Message.ShouldContain("already in the register");
        (await service.Queries.LoadAllAsync()).Count.ShouldBe(ReferenceData.SampleRegister().Modifications.Count);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Raise_WhenNumberIsTaken_IsRefusedAndNextNumberFollowsTheHighest(string provider)
    {
        var (_, service) = await SampleAsync(provider);
        var raised = new DraftProposalRaised("New idea", "Ralph Baxter", "Octopus Energy", "A problem", Classification.Green);

        var ex = await Should.ThrowAsync<DomainException>(() => service.Modifications.RaiseDraftProposalAsync(raised, new LocalDate(2020, 9, 1), Secas, number: 105));
        var next = await service.Modifications.RaiseDraftProposalAsync(raised, new LocalDate(2020, 9, 1), Secas);

        ex.Message.ShouldContain("MP105 already exists");
        next.Reference.ShouldBe("DP139");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task CalendarOverride_WhenStored_ChangesWorkingDayCounts(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var service = TestStores.Core(store);
        var before = (await service.Calendar.CalendarAsync()).WorkingDaysBetween(new LocalDate(2020, 9, 14), new LocalDate(2020, 10, 5));

        await service.Calendar.AddCalendarOverrideAsync(new CalendarOverride(new LocalDate(2020, 9, 21), false, "Test holiday"), Secas);

        (await service.Calendar.CalendarAsync()).WorkingDaysBetween(new LocalDate(2020, 9, 14), new LocalDate(2020, 10, 5)).ShouldBe(before - 1);
        (await service.Queries.AuditTrailAsync("2020-09-21")).Single().Command.ShouldBe("calendar override");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Steps_WhenTaken_AreAuditedWithWhoAndWhat(string provider)
    {
        var (_, service) = await SampleAsync(provider);

        await service.Modifications.TakeStepAsync("DP104", new ClassificationChanged(Classification.White), new LocalDate(2020, 3, 1), Secas, "Published");

        var entry = (await service.Queries.AuditTrailAsync("DP104"))[^1];
        entry.Command.ShouldBe("classify");
        entry.Actor.ShouldContain("Holly Burton");
        entry.Details.ShouldContain("WHITE");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task BallotAndResponses_WhenStored_ReadBackWithMembersInTheExport(string provider)
    {
        var (_, service) = await SampleAsync(provider);
        await service.Board.SaveChangeBoardMemberAsync(new ChangeBoardMember("Paul Saker", "EDF Energy", VotingGroup.LargeSuppliers), Secas);
        var alternate = await service.Board.SaveChangeBoardMemberAsync(new ChangeBoardMember("Alex Hurcombe", "EDF Energy", VotingGroup.None, "paul saker"), Secas);
        await service.Modifications.TakeStepAsync("MP105", new RouteChanged(ModificationRoute.ReportPhase), new LocalDate(2020, 11, 18), new Actor("SEC Panel", ActorRole.Panel));
        await service.Modifications.TakeStepAsync("MP105", new ModificationReportApproved(), new LocalDate(2020, 11, 24), new Actor("CSC", ActorRole.ChangeSubCommittee));
        await service.Modifications.TakeStepAsync("MP105", new ConsultationOpened(ConsultationKind.ModificationReport, new LocalDate(2020, 12, 15), ["Approve?"]),
            new LocalDate(2020, 11, 25), Secas);
        await service.Consultations.RecordResponseAsync("MP105", ConsultationKind.ModificationReport, "e.on", null,
            [new ConsultationAnswer(1, AnswerPosition.Agree, "Yes")], "None", confidential: true, late: false, new LocalDate(2020, 12, 1), Secas);
        await service.Modifications.TakeStepAsync("MP105", new ConsultationClosed(ConsultationKind.ModificationReport), new LocalDate(2020, 12, 15), Secas);

        await service.Board.CastVoteAsync("MP105", "Alex Hurcombe", VotePosition.Approve, "Objective (a)", [SecObjective.A], new LocalDate(2020, 12, 16),
            Secas with { Role = ActorRole.ChangeBoard });

        alternate.Group.ShouldBe(VotingGroup.LargeSuppliers);
        alternate.AlternateFor.ShouldBe("Paul Saker");
        var mp105 = await service.Queries.GetAsync("MP105");
        mp105.CurrentBallot.Single().ShouldBe(new Vote("Paul Saker", "Alex Hurcombe", VotingGroup.LargeSuppliers, VotePosition.Approve, "Objective (a)",
            mp105.CurrentBallot.Single().Objectives, new LocalDate(2020, 12, 16)));
        var response = mp105.Consultations.Single(c => c.Kind == ConsultationKind.ModificationReport).Responses.Single();
        (response.Respondent, response.Category, response.Confidential).ShouldBe(("E.ON", Domain.Parties.PartyCategory.LargeSupplier, true));
        (await service.Exchange.ExportAsync()).ChangeBoardMembers.Select(m => m.Name).ShouldBe(["Alex Hurcombe", "Paul Saker"]);
    }

    private static string Json(ModificationChange change) => JsonSerializer.Serialize(change, RegisterJson.Options);

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task AddRelease_WhenTheIdIsAlreadyDefinedInAnyCase_IsRefusedAndTheFirstIsKept(string provider)
    {
        var (_, service) = await SampleAsync(provider);
        var first = (await service.Releases.ReleasesAsync()).Single(r => r.Id == "2020-11");

        var ex = await Should.ThrowAsync<DomainException>(() => service.Releases.AddReleaseAsync(
            first with { Id = "2020-11", Name = "Again", Date = new LocalDate(2020, 11, 29) }, Secas));

        ex.Kind.ShouldBe(ErrorKind.RuleBroken);
        (await service.Releases.ReleasesAsync()).Single(r => r.Id == "2020-11").ShouldBe(first);
        (await service.Queries.AuditTrailAsync("2020-11")).ShouldNotContain(e => e.Command == "release save");
    }
}
