using System.Text.Json;
using NodaTime;
using SecChange.Application.Calendar;
using SecChange.Application.Json;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;
using SecChange.Testing;

namespace SecChange.Storage.Tests;

/// <summary>Bank holidays imported at run time: stored, audited and read back, on SQLite and PostgreSQL.</summary>
public class BankHolidayImportStoreTests
{
    private static readonly Actor Secas = new("Holly Burton", ActorRole.Secas, "SECAS");
    private static readonly FixedClock Clock = FixedClock.On(2027, 11, 15);

    private static BankHolidayImportService Importer(EfRegisterStore store) =>
        new(store, ReferenceData.EnglandAndWalesCalendar, Clock);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_2028File_StoredAuditedAndUsedByTheRegister(string provider)
    {
        var store = await TestStores.CreateAsync(provider);

        var result = await Importer(store).ImportAsync(SampleFiles.BankHolidays2028(), "bank-holidays-2028.json", Secas);

        result.CoversTo.ShouldBe(D(2028, 12, 31));
        var calendar = await TestStores.Core(store).Calendar.CalendarAsync(); // a new session reads the stored years
        calendar.WorkingDaysBetween(D(2028, 1, 4), D(2028, 2, 1)).ShouldBe(20);
        calendar.IsWorkingDay(D(2028, 4, 14)).ShouldBeFalse();
        await using (var session = await store.BeginAsync(readOnly: true))
        {
            (await session.ImportedBankHolidaysAsync()).Select(h => h.Date).ShouldBe([
                D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29), D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26)]);
        }

        var audit = (await TestStores.Core(store).Queries.AuditTrailAsync(BankHolidayImportService.AuditTarget)).ShouldHaveSingleItem();
        audit.Command.ShouldBe("calendar import");
        audit.Actor.ShouldContain("Holly Burton");
        audit.At.ShouldBe(Clock.Now);
        audit.Details.ShouldBe("8 England and Wales bank holidays for 2028 from bank-holidays-2028.json: 2028 added (8 holidays)");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenAYearIsImportedAgainChanged_ReplacesThatYearAndSaysWhat(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        await Importer(store).ImportAsync(SampleFiles.BankHolidays2028(), "bank-holidays-2028.json", Secas);
        var moved = SampleFiles.BankHolidays2028().Replace("\"2028-05-01\"", "\"2028-05-08\"", StringComparison.Ordinal);

        var result = await Importer(store).ImportAsync(moved, "corrected.json", Secas);

        result.Changes.ShouldHaveSingleItem().Describe()
            .ShouldBe("2028 replaced (+2028-05-08 Early May bank holiday; -2028-05-01 Early May bank holiday)");
        var calendar = await TestStores.Core(store).Calendar.CalendarAsync();
        calendar.IsWorkingDay(D(2028, 5, 1)).ShouldBeTrue();
        calendar.IsWorkingDay(D(2028, 5, 8)).ShouldBeFalse();
        calendar.Holidays.Count(h => h.Date.Year == 2028).ShouldBe(8);
        (await TestStores.Core(store).Queries.AuditTrailAsync("calendar")).Count.ShouldBe(2);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenAShippedYearIsImportedUnchanged_SaysSoAndCountsStayTheSame(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var json = ReferenceData.BankHolidaysJson;

        var result = await Importer(store).ImportAsync(json, "bank-holidays.json", Secas);

        result.Changes.ShouldAllBe(c => c.Unchanged);
        result.Changes.Count.ShouldBe(14);
        (await TestStores.Core(store).Calendar.CalendarAsync()).WorkingDaysBetween(D(2020, 9, 14), D(2020, 10, 5)).ShouldBe(15);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenNotTheSecasAdministrator_RefusedAndNothingWritten(string provider)
    {
        var store = await TestStores.CreateAsync(provider);

        var ex = await Should.ThrowAsync<DomainException>(() =>
            Importer(store).ImportAsync(SampleFiles.BankHolidays2028(), "bank-holidays-2028.json", new Actor("SEC Panel", ActorRole.Panel)));

        ex.Kind.ShouldBe(ErrorKind.RuleBroken);
        await ShouldHaveWrittenNothingAsync(store);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenFileLeavesAGap_RefusedAndNothingWritten(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var json = SampleFiles.BankHolidays2028().Replace("\"2028-", "\"2030-", StringComparison.Ordinal);

        var ex = await Should.ThrowAsync<DomainException>(() => Importer(store).ImportAsync(json, "2030.json", Secas));

        ex.Message.ShouldContain("import 2028 to 2029 as well");
        await ShouldHaveWrittenNothingAsync(store);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Import_WhenDryRun_ReportsTheChangesAndWritesNothing(string provider)
    {
        var store = await TestStores.CreateAsync(provider);

        var result = await Importer(store).ImportAsync(SampleFiles.BankHolidays2028(), "bank-holidays-2028.json", Secas, dryRun: true);

        result.Changes.ShouldHaveSingleItem().WasCovered.ShouldBeFalse();
        await ShouldHaveWrittenNothingAsync(store);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Export_AfterImport_CarriesTheImportedYearsSoAnotherRegisterCountsThemWithTheirOverrides(string provider)
    {
        var source = await TestStores.CreateAsync(provider);
        await Importer(source).ImportAsync(SampleFiles.BankHolidays2028(), "bank-holidays-2028.json", Secas);
        await TestStores.Core(source).Calendar.AddCalendarOverrideAsync(new CalendarOverride(D(2028, 6, 2), false, "Extra holiday"), Secas);
        var document = RegisterDocumentReader.Parse(JsonSerializer.Serialize(await TestStores.Core(source).Exchange.ExportAsync(), RegisterJson.Options));
        var target = await TestStores.CreateAsync(provider);

        await TestStores.Core(target).Exchange.ImportAsync(document, Secas);

        document.BankHolidays.Count.ShouldBe(8);
        var calendar = await TestStores.Core(target).Calendar.CalendarAsync();
        calendar.WorkingDaysBetween(D(2028, 1, 4), D(2028, 2, 1)).ShouldBe(20);
        calendar.IsWorkingDay(D(2028, 6, 2)).ShouldBeFalse();
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task RegisterImport_WhenItsBankHolidaysLeaveAGap_RefusedWhole(string provider)
    {
        var store = await TestStores.CreateAsync(provider);
        var document = new RegisterDocument { BankHolidays = [new BankHoliday(D(2030, 1, 1), "New Year’s Day")] };

        var ex = await Should.ThrowAsync<DomainException>(() => TestStores.Core(store).Exchange.ImportAsync(document, Secas));

        ex.Message.ShouldContain("import 2028 to 2029 as well");
        await ShouldHaveWrittenNothingAsync(store);
    }

    private static async Task ShouldHaveWrittenNothingAsync(EfRegisterStore store)
    {
        await using var session = await store.BeginAsync(readOnly: true);
        (await session.ImportedBankHolidaysAsync()).ShouldBeEmpty();
        (await session.AuditTrailAsync(null)).ShouldBeEmpty();
        (await TestStores.Core(store).Calendar.CalendarAsync()).Last.ShouldBe(D(2027, 12, 31));
    }
}
