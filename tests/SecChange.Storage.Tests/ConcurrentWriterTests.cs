using Microsoft.Data.Sqlite;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using NodaTime;

namespace SecChange.Storage.Tests;

/// <summary>Independent writers at once on one register: all succeed, on both databases (no timing is measured here).</summary>
public class ConcurrentWriterTests
{
    private static readonly Actor Dcc = new("Chun Chen", ActorRole.Dcc, "DCC");

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Migrate_WhenSixFirstUsesStartAtOnceOnAnEmptyDatabase_AllSucceedAndTheSchemaIsCreatedOnce(string provider)
    {
        var options = await TestStores.OptionsAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new EfRegisterStore(options).MigrateAsync())));

        await using var db = new EfRegisterStore(options).CreateContext();
        (await Migrations.SchemaMigrator.MigrateAsync(db, options.Provider)).ShouldBe(0);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Raise_WhenSixteenWritersRaiseAtOnce_AllSucceedWithDistinctNumbers(string provider)
    {
        var store = await TestStores.CreateAsync(provider);

        var raised = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(() =>
            TestStores.Core(new EfRegisterStore(store.Options)).Modifications.RaiseDraftProposalAsync(
                new DraftProposalRaised($"Concurrent proposal {i}", "Chun Chen", "DCC", null, Classification.Green), new LocalDate(2021, 1, 4), Dcc))));

        raised.Select(r => ModificationId.Parse(r.Reference).Number).Order().ShouldBe(Enumerable.Range(1, 16));
        await using var session = await store.BeginAsync(readOnly: true);
        (await session.ListAsync(new RegisterFilter())).Count.ShouldBe(16);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Steps_WhenEightWritersStepOnDifferentModificationsAtOnce_AllSucceed(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var service = TestStores.Core(store);
        for (var i = 1; i <= 8; i++)
        {
            await service.Modifications.RaiseDraftProposalAsync(new DraftProposalRaised($"Proposal {i}", "Chun Chen", "DCC", null, Classification.Green),
                new LocalDate(2021, 1, 4), Dcc);
        }

        var stepped = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
            TestStores.Core(new EfRegisterStore(store.Options)).Modifications.TakeStepAsync($"DP{i}",
                new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess, "CSC 23"),
                new LocalDate(2021, 1, 26), new Actor("Change Sub-Committee", ActorRole.ChangeSubCommittee)))));

        stepped.ShouldAllBe(m => m.Version == 2);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Steps_WhenEightWritersAmendOneModificationAtOnce_EachSeesTheOthersAndAllSucceed(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        await TestStores.Core(store).Modifications.RaiseDraftProposalAsync(new DraftProposalRaised("Proposal", "Chun Chen", "DCC", null, Classification.Green),
            new LocalDate(2021, 1, 4), Dcc);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
            TestStores.Core(new EfRegisterStore(store.Options)).Modifications.TakeStepAsync("DP1", new DetailsAmended { Title = $"Amended {i}" },
                new LocalDate(2021, 1, 5), new Actor("Holly Burton", ActorRole.Secas, "SECAS")))));

        await using var session = await store.BeginAsync(readOnly: true);
        (await session.FindAsync(ModificationId.Parse("DP1")))!.Version.ShouldBe(9);
    }
}

/// <summary>A file that is not a SecChange register is refused and left as it was.</summary>
public class ForeignDatabaseTests
{
    [Fact]
    public async Task Migrate_WhenFileIsAnotherApplicationsDatabase_IsRefusedAndNotChanged()
    {
        var path = Scratch.File("secchange-foreign", ".db");
        await using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await other.OpenAsync();
            await using var cmd = other.CreateCommand();
            cmd.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);";
            await cmd.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(path);

        var ex = await Should.ThrowAsync<Domain.Errors.DomainException>(() => new EfRegisterStore(StorageOptions.SqliteFile(path)).MigrateAsync());

        ex.Message.ShouldContain("is not a SecChange register (it holds other tables: invoices)");
        (await File.ReadAllBytesAsync(path)).ShouldBe(before);
        File.Exists(path + "-wal").ShouldBeFalse();
    }

    [Fact]
    public async Task Migrate_WhenPathIsMissingAndMayNotCreate_SaysThereIsNoRegisterAndCreatesNothing()
    {
        var path = Scratch.File("secchange-missing", ".db");

        var ex = await Should.ThrowAsync<Domain.Errors.DomainException>(() =>
            new EfRegisterStore(StorageOptions.SqliteFile(path) with { CreateIfMissing = false }).MigrateAsync());

        ex.Kind.ShouldBe(Domain.Errors.ErrorKind.NotFound);
        ex.Message.ShouldContain("There is no SecChange register at");
        File.Exists(path).ShouldBeFalse();
    }
}
