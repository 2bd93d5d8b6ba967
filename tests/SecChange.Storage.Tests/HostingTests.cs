using Microsoft.Extensions.DependencyInjection;
using SecChange.Application.AsAt;
using SecChange.Application.Calendar;
using SecChange.Application.ChangeBoard;
using SecChange.Application.Consultations;
using SecChange.Application.Exchange;
using SecChange.Application.Hosting;
using SecChange.Application.Meetings;
using SecChange.Application.Modifications;
using SecChange.Application.Parties;
using SecChange.Application.Queries;
using SecChange.Application.Register;
using SecChange.Application.Releases;
using SecChange.Testing;

namespace SecChange.Storage.Tests;

/// <summary>How a host gets the core: one <c>AddSecChange</c> call, then the register made ready once at start-up.</summary>
public class HostingTests
{
    public static TheoryData<Type> CoreServices() =>
    [
        typeof(ModificationService), typeof(RegisterQueries), typeof(RegisterAsAt), typeof(RegisterExchange), typeof(PartyService), typeof(ReleaseService),
        typeof(ChangeBoardService), typeof(ConsultationService), typeof(CalendarService), typeof(BankHolidayImportService), typeof(MeetingService), typeof(IRegisterStore),
    ];

    [Theory, MemberData(nameof(CoreServices))]
    public async Task AddSecChange_WhenBuilt_ResolvesEachCoreServiceOnce(Type service)
    {
        await using var provider = new ServiceCollection().AddSecChange(await TestStores.OptionsAsync(TestStores.Sqlite)).BuildServiceProvider();

        provider.GetRequiredService(service).ShouldBeSameAs(provider.GetRequiredService(service));
    }

    [Fact]
    public async Task AddSecChange_WhenGivenAClock_EveryServiceSharesIt()
    {
        var clock = FixedClock.On(2021, 2, 5);
        await using var provider = new ServiceCollection()
            .AddSecChange(await TestStores.OptionsAsync(TestStores.Sqlite), new SecChangeOptions { Clock = clock }).BuildServiceProvider();

        provider.GetRequiredService<RegisterCore>().Clock.ShouldBeSameAs(clock);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task EnsureRegisterReady_WhenTheDatabaseIsNew_CreatesTheSchemaSoUseCasesRun(string provider)
    {
        await using var services = new ServiceCollection().AddSecChange(await TestStores.OptionsAsync(provider)).BuildServiceProvider();

        await services.EnsureRegisterReadyAsync();

        (await services.GetRequiredService<PartyService>().PartiesAsync()).ShouldBeEmpty();
    }
}
