using Microsoft.Extensions.DependencyInjection;
using NodaTime;
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
using SecChange.Domain.Process;

namespace SecChange.Storage.Tests;

/// <summary>The core over one test database, built the way every host builds it (<c>AddSecChange</c>).</summary>
public sealed class TestCore(IServiceProvider services)
{
    public static TestCore Over(EfRegisterStore store, IClock clock) =>
        new(new ServiceCollection().AddSecChange(store.Options, new SecChangeOptions { Clock = clock }).BuildServiceProvider());

    public ModificationService Modifications => services.GetRequiredService<ModificationService>();
    public RegisterQueries Queries => services.GetRequiredService<RegisterQueries>();
    public RegisterExchange Exchange => services.GetRequiredService<RegisterExchange>();
    public PartyService Parties => services.GetRequiredService<PartyService>();
    public ReleaseService Releases => services.GetRequiredService<ReleaseService>();
    public ChangeBoardService Board => services.GetRequiredService<ChangeBoardService>();
    public ConsultationService Consultations => services.GetRequiredService<ConsultationService>();
    public CalendarService Calendar => services.GetRequiredService<CalendarService>();
    public MeetingService Meetings => services.GetRequiredService<MeetingService>();
    public Application.StatusReport.ChangeStatusReports StatusReports => services.GetRequiredService<Application.StatusReport.ChangeStatusReports>();
    public Reprojection Reprojection => services.GetRequiredService<Reprojection>();
    public CodeRules Rules => services.GetRequiredService<RegisterCore>().Rules;
    public IClock Clock => services.GetRequiredService<RegisterCore>().Clock;
}
