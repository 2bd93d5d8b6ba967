using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SecChange.Application.Accounts;
using SecChange.Application.Access;
using SecChange.Application.Consultations;
using SecChange.Application.Hosting;
using SecChange.Application.Modifications;
using SecChange.Domain.Consultations;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Storage;

namespace SecChange.Documents.Tests.Builders;

/// <summary>
/// The sample register (seeds' meetings and modifications) in a fresh SQLite file with a fixed clock, plus MP105's
/// Modification Report Consultation taken as the README takes it, answered by eight Parties (one confidential).
/// </summary>
public sealed class SampleRegisterFixture : IAsyncLifetime
{
    public static readonly Actor Secas = new("Joe Hehir", ActorRole.Secas, "SECAS");
    public static readonly Viewer SecasReader = new("secas", "Joe Hehir", AccountRole.SecasAnalyst, "SECAS");
    public static readonly Viewer PartyReader = new("eon", "Julie Geary", AccountRole.PartyRepresentative, "E.ON");

    public ServiceProvider Services { get; private set; } = null!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Services = new ServiceCollection()
            .AddSecChange(StorageOptions.SqliteFile(Scratch.File("documents", ".db")), new SecChangeOptions { Clock = FixedClock.On(2026, 11, 21) })
            .AddSecChangeDocuments()
            .BuildServiceProvider();
        await Services.EnsureRegisterReadyAsync();
        await Get<SampleRegister>().LoadIfEmptyAsync();

        var steps = Get<ModificationService>();
        await steps.TakeStepAsync("MP105", new RouteChanged(ModificationRoute.ReportPhase), new LocalDate(2020, 11, 18), new Actor("SEC Panel", ActorRole.Panel));
        await steps.TakeStepAsync("MP105", new ModificationReportApproved(), new LocalDate(2020, 11, 24), new Actor("Change Sub-Committee", ActorRole.ChangeSubCommittee));
        await steps.TakeStepAsync("MP105", new ConsultationOpened(ConsultationKind.ModificationReport, new LocalDate(2020, 12, 15),
            ["Should MP105 be approved?", "Do you agree with the implementation approach?"]), new LocalDate(2020, 11, 25), Secas);
        var consultations = Get<ConsultationService>();
        var day = new LocalDate(2020, 12, 1);
        foreach (var (party, second, costs) in new (string, AnswerPosition, string?)[]
                 {
                     ("E.ON", AnswerPosition.Agree, null), ("EDF Energy", AnswerPosition.Agree, "Minimal, if part of a new DUIS version"),
                     ("OVO Energy", AnswerPosition.Agree, null), ("Scottish Power", AnswerPosition.Disagree, null),
                     ("Utilita", AnswerPosition.Agree, null), ("SSEN", AnswerPosition.Neutral, null), ("WPD", AnswerPosition.Agree, null),
                 })
        {
            await consultations.RecordResponseAsync("MP105", ConsultationKind.ModificationReport, party, null,
                [new ConsultationAnswer(1, AnswerPosition.Agree, party == "E.ON" ? "Better Device management" : null), new ConsultationAnswer(2, second)],
                costs, confidential: false, late: false, day, Secas);
        }

        await consultations.RecordResponseAsync("MP105", ConsultationKind.ModificationReport, "Octopus Energy", null,
            [new ConsultationAnswer(1, AnswerPosition.Agree), new ConsultationAnswer(2, AnswerPosition.Disagree, "Too soon for our systems")],
            "About £20,000 of our own testing", confidential: true, late: false, day, Secas);
        await steps.TakeStepAsync("MP105", new ConsultationClosed(ConsultationKind.ModificationReport), new LocalDate(2020, 12, 15), Secas);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}
