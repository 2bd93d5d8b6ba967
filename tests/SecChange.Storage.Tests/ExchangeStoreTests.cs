using Microsoft.EntityFrameworkCore;
using SecChange.Application.Reference;
using SecChange.Application.Exchange;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;

namespace SecChange.Storage.Tests;

/// <summary>Export from one snapshot, imports that never overwrite silently, dry runs that check what the import checks, and reprojection.</summary>
public class ExchangeStoreTests
{
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");

    private static async Task<EfRegisterStore> SampleAsync(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        await TestStores.Core(store).Exchange.ImportAsync(ReferenceData.SampleRegister(), Secas);
        return store;
    }

    private static RegisterDocument PartiesOnly(params Party[] parties) => new() { Parties = parties };

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task BeginSnapshot_WhenAnotherSessionCommitsMeanwhile_KeepsReadingTheRegisterAsItWas(string provider)
    {
        var store = await SampleAsync(provider);
        var before = ReferenceData.SampleRegister().Parties.Count;

        await using var snapshot = await store.BeginSnapshotAsync();
        (await snapshot.PartiesAsync()).Count.ShouldBe(before);
        await TestStores.Core(store).Parties.SavePartyAsync(new Party("Good Energy", PartyCategory.SmallSupplier), Secas);

        (await snapshot.PartiesAsync()).Count.ShouldBe(before);
        (await TestStores.Core(store).Parties.PartiesAsync()).Count.ShouldBe(before + 1);
        await Should.ThrowAsync<InvalidOperationException>(() => snapshot.CommitAsync());
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenAPartyIsHeldWithOtherDetails_IsAConflictNamingItAndWritesNothing(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var exchange = TestStores.Core(store).Exchange;
        await exchange.ImportAsync(PartiesOnly(new Party("E.ON", PartyCategory.LargeSupplier)), Secas);

        var ex = await Should.ThrowAsync<DomainException>(() => exchange.ImportAsync(
            PartiesOnly(new Party("Bulb", PartyCategory.SmallSupplier), new Party("E.ON", PartyCategory.SmallSupplier)), Secas));

        ex.Kind.ShouldBe(ErrorKind.Conflict);
        ex.Message.ShouldContain("party E.ON is already in the register with other details");
        (await TestStores.Core(store).Parties.PartiesAsync()).ShouldBe([new Party("E.ON", PartyCategory.LargeSupplier)]);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenReplaceIsAsked_OverwritesThePartyAndLeavesTheSameOnesAlone(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var exchange = TestStores.Core(store).Exchange;
        await exchange.ImportAsync(PartiesOnly(new Party("E.ON", PartyCategory.LargeSupplier), new Party("Bulb", PartyCategory.SmallSupplier)), Secas);

        var summary = await exchange.ImportAsync(
            PartiesOnly(new Party("E.ON", PartyCategory.SmallSupplier), new Party("Bulb", PartyCategory.SmallSupplier)), Secas, new ImportOptions(Replace: true));

        summary.Parties.ShouldBe(1);
        (await TestStores.Core(store).Parties.PartiesAsync()).ShouldBe([new Party("Bulb", PartyCategory.SmallSupplier), new Party("E.ON", PartyCategory.SmallSupplier)]);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenTheFileHoldsAReleaseTwice_IsRefusedNamingIt(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var release = ReferenceData.SampleRegister().Releases[0];

        var ex = await Should.ThrowAsync<DomainException>(() =>
            TestStores.Core(store).Exchange.ImportAsync(new RegisterDocument { Releases = [release, release with { Name = "Other" }] }, Secas));

        ex.Message.ShouldBe($"The file holds release {release.Id} more than once; nothing was imported.");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task DryRun_WhenTheFileHoldsAModificationTwice_FailsAsTheImportDoes(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var sample = ReferenceData.SampleRegister();
        var twice = sample with { Modifications = [.. sample.Modifications, sample.Modifications[0]] };

        var dry = await Should.ThrowAsync<DomainException>(() => TestStores.Core(store).Exchange.ImportAsync(twice, Secas, new ImportOptions(DryRun: true)));
        var real = await Should.ThrowAsync<DomainException>(() => TestStores.Core(store).Exchange.ImportAsync(twice, Secas));

        dry.Message.ShouldBe(real.Message);
        dry.Message.ShouldContain($"holds {sample.Modifications[0].Id} more than once");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task DryRun_WhenAModificationIsAlreadyInTheRegister_FailsAsTheImportDoes(string provider)
    {
        var store = await SampleAsync(provider);
        var sample = ReferenceData.SampleRegister();

        var dry = await Should.ThrowAsync<DomainException>(() => TestStores.Core(store).Exchange.ImportAsync(sample, Secas, new ImportOptions(DryRun: true)));
        var real = await Should.ThrowAsync<DomainException>(() => TestStores.Core(store).Exchange.ImportAsync(sample, Secas));

        (dry.Kind, dry.Message).ShouldBe((real.Kind, real.Message));
        dry.Message.ShouldContain("is already in the register");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task DryRun_WhenTheFileIsValid_CountsWhatItWouldImportAndWritesNothing(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var sample = ReferenceData.SampleRegister();

        var summary = await TestStores.Core(store).Exchange.ImportAsync(sample, Secas, new ImportOptions(DryRun: true));

        (summary.Modifications, summary.Events, summary.Written).ShouldBe(
            (sample.Modifications.Count, sample.Modifications.Sum(h => h.Events.Count), false));
        await using var session = await store.BeginAsync(readOnly: true);
        (await session.IsEmptyAsync()).ShouldBeTrue();
        (await session.AuditTrailAsync(null)).ShouldBeEmpty();
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Reproject_WhenAListRowIsStale_RebuildsItFromTheEventsAndAuditsIt(string provider)
    {
        var store = await SampleAsync(provider);
        await using (var db = store.CreateContext())
        {
            await db.Modifications.Where(r => r.Id == "MP105").ExecuteUpdateAsync(u => u.SetProperty(r => r.State, "Rejected").SetProperty(r => r.Title, "Stale"));
        }

        var first = await TestStores.Core(store).Reprojection.RunAsync(Secas);
        var second = await TestStores.Core(store).Reprojection.RunAsync(Secas);

        first.ShouldBe(new ReprojectResult(ReferenceData.SampleRegister().Modifications.Count, 1));
        second.Changed.ShouldBe(0);
        var mp105 = (await TestStores.Core(store).Queries.ListAsync(new RegisterFilter { Text = "MP105" })).Single(s => s.Reference == "MP105");
        var replayed = await TestStores.Core(store).Queries.GetAsync("MP105");
        (mp105.State, mp105.Title).ShouldBe((replayed.State, replayed.Title));
        mp105.State.ShouldNotBe(ModificationState.Rejected);
        (await TestStores.Core(store).Queries.AuditTrailAsync("register")).Count(a => a.Command == "reproject").ShouldBe(2);
    }
}
