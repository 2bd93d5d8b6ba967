using Microsoft.Extensions.DependencyInjection;
using SecChange.Application.AsAt;
using SecChange.Application.Access;
using SecChange.Application.Accounts;
using SecChange.Application.Calendar;
using SecChange.Application.ChangeBoard;
using SecChange.Application.Consultations;
using SecChange.Application.Exchange;
using SecChange.Application.Meetings;
using SecChange.Application.Modifications;
using SecChange.Application.Parties;
using SecChange.Application.Queries;
using SecChange.Application.Register;
using SecChange.Application.Releases;
using SecChange.Domain.Calendar;
using SecChange.Domain.Process;

namespace SecChange.Application.Hosting;

/// <summary>
/// Registers the host-neutral core over an <see cref="IRegisterStore"/> the host provides (the storage
/// layer's <c>AddSecChange</c> does both). Every service is stateless over the store, so one instance serves all.
/// </summary>
public static class SecChangeCoreServices
{
    public static IServiceCollection AddSecChangeCore(this IServiceCollection services, SecChangeOptions? options = null)
    {
        options ??= new SecChangeOptions();
        // Factories, so the rules and calendar are read only when a service that needs them is made.
        services.AddSingleton(_ => options.Rules);
        services.AddSingleton(_ => options.Calendar);
        services.AddSingleton(options.Clock);
        services.AddSingleton(sp => new RegisterCore(sp.GetRequiredService<IRegisterStore>(), sp.GetRequiredService<WorkingDayCalendar>,
            sp.GetRequiredService<CodeRules>, sp.GetRequiredService<NodaTime.IClock>()));
        services.AddSingleton<RegisterStartup>();
        services.AddSingleton<ModificationService>();
        services.AddSingleton<RegisterQueries>();
        services.AddSingleton<RegisterAsAt>();
        services.AddSingleton<PartyService>();
        services.AddSingleton<ReleaseService>();
        services.AddSingleton<ChangeBoardService>();
        services.AddSingleton<ConsultationService>();
        services.AddSingleton<CalendarService>();
        services.AddSingleton<BankHolidayImportService>();
        services.AddSingleton<RegisterExchange>();
        services.AddSingleton<Reprojection>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<VisibleRegister>();
        services.AddSingleton<RegisterListing>();
        services.AddSingleton<VisibleMeetings>();
        services.AddSingleton<VisibleReleases>();
        services.AddSingleton<Dcc.DccComparisons>();
        services.AddSingleton<StatusReport.ChangeStatusReports>();
        services.AddSingleton<ModificationReport.ModificationReports>();
        services.AddSingleton<VisibleConsultations>();
        services.AddSingleton<Dashboards>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<VisibleExport>();
        services.AddSingleton<SampleRegister>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Account>, Microsoft.AspNetCore.Identity.PasswordHasher<Account>>();
        return services;
    }
}
