using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SecChange.Application.Json;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Storage.Migrations;

namespace SecChange.Storage.Tests;

/// <summary>A database written by the first schema is migrated to the latest and every history reads as it was written.</summary>
public class SchemaUpgradeTests
{
    private static async Task<EfRegisterStore> UpgradedFromVersion1Async(string provider)
    {
        var store = new EfRegisterStore(await TestStores.OptionsAsync(provider));
        await using (var db = store.CreateContext())
        {
            (await SchemaMigrator.MigrateAsync(db, store.Options.Provider, upTo: 1)).ShouldBe(1);
            await SchemaV1Fixture.InsertAsync(db);
        }

        await store.MigrateAsync();
        return store;
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Migrate_WhenDatabaseWasWrittenAtSchemaVersion1_ReadsEveryHistoryWithEveryField(string provider)
    {
        var store = await UpgradedFromVersion1Async(provider);

        await using var session = await store.BeginAsync(readOnly: true);
        var all = (await session.LoadAllAsync()).ToDictionary(m => m.Id.ToString());

        var rows = SchemaV1Fixture.Rows("modifications").ToList();
        all.Count.ShouldBe(rows.Count);
        foreach (var row in rows)
        {
            var m = all[row.GetProperty("id").GetString()!];
            m.Version.ShouldBe(row.GetProperty("version").GetInt32(), m.Reference);
            StableEnumNames.Name(m.State).ShouldBe(row.GetProperty("state").GetString(), m.Reference);
            m.Title.ShouldBe(row.GetProperty("title").GetString(), m.Reference);
        }

        foreach (var row in SchemaV1Fixture.Rows("modification_events"))
        {
            var m = all[row.GetProperty("modification_id").GetString()!];
            var e = m.Events[row.GetProperty("sequence").GetInt32() - 1];
            var where = $"{m.Reference} event {e.Sequence}";
            e.OccurredOn.ToString("uuuu-MM-dd", null).ShouldBe(row.GetProperty("occurred_on").GetString(), where);
            e.By.Name.ShouldBe(row.GetProperty("actor_name").GetString(), where);
            StableEnumNames.Name(e.By.Role).ShouldBe(row.GetProperty("actor_role").GetString(), where);
            e.Reason.ShouldBe(row.GetProperty("reason").GetString(), where);
            EventTypes.Current.Of(e.Change).LegacyName.ShouldBe(row.GetProperty("type").GetString(), where);
            JsonNode.DeepEquals(Fields(JsonSerializer.Serialize(e.Change, RegisterJson.Options)), Fields(row.GetProperty("payload").GetString()!))
                .ShouldBeTrue($"{where} reads with different fields");
        }

        (await session.PartiesAsync()).Count.ShouldBe(SchemaV1Fixture.Rows("parties").Count());
        (await session.ReleasesAsync()).Count.ShouldBe(SchemaV1Fixture.Rows("releases").Count());
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Migrate_WhenDatabaseWasWrittenAtSchemaVersion1_NamesEveryStoredEventByItsStableName(string provider)
    {
        var store = await UpgradedFromVersion1Async(provider);

        await using var db = store.CreateContext();
        var types = await db.Events.Select(e => new { e.Type, e.TypeVersion }).Distinct().ToListAsync();

        // Every event type there was at version 1: those added since cannot be in a register written then.
        string[] addedSince = ["progression.recommended", "consultation.planned"];
        types.Count.ShouldBe(EventTypes.Current.All.Count(t => !addedSince.Contains(t.Name)));
        types.ShouldAllBe(t => t.TypeVersion == 1 && EventTypes.Current.All.Any(k => k.Name == t.Type));
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task TakeStep_WhenDatabaseWasUpgradedFromVersion1_AppendsAfterTheOldEvents(string provider)
    {
        var store = await UpgradedFromVersion1Async(provider);
        var core = TestStores.Core(store);

        await core.Modifications.TakeStepAsync("MP140", new Withdrawn(), new LocalDate(2021, 6, 14), new Actor("Chun Chen", ActorRole.Proposer, "DCC"), "No longer needed");

        var mp140 = await core.Queries.GetAsync("MP140");
        mp140.State.ShouldBe(ModificationState.Withdrawn);
        mp140.Events.Select(e => EventTypes.Current.Of(e.Change).Name).ShouldBe(
        [
            "draft-proposal.raised", "csc-outcome.recorded", "draft-proposal.converted", "assessment.requested", "assessment.accepted",
            "assessment.paused", "assessment.resumed", "assessment.date-revised", "modification.withdrawn",
        ]);
        (await core.Queries.ListAsync(new RegisterFilter { State = ModificationState.Withdrawn })).ShouldContain(s => s.Reference == "MP140");
    }

    /// <summary>An event's fields without its type name and version (the first format wrote class names, without versions).</summary>
    private static JsonObject Fields(string json)
    {
        var fields = JsonNode.Parse(json)!.AsObject();
        fields.Remove(EventTypeRegistry.TypeProperty);
        fields.Remove(EventTypeRegistry.VersionProperty);
        return fields;
    }
}
