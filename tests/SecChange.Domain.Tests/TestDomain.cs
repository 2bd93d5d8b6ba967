using NodaTime;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Testing;

namespace SecChange.Domain.Tests;

/// <summary>The shipped calendar, a process on a fixed clock (21 Nov 2026) and actors in every role.</summary>
internal static class TestDomain
{
    public static WorkingDayCalendar ShippedCalendar { get; } = BankHolidayData.ParseCalendar(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "bank-holidays.json")));

    public static LocalDate Today { get; } = new(2026, 11, 21);

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static ModificationProcess NewProcess(CodeRules? rules = null) =>
        new(rules ?? CodeRules.Sec, ShippedCalendar, FixedClock.On(2026, 11, 21));

    public static Actor As(ActorRole role) => new($"A {role}", role, "Org");

    public static DomainException ShouldBeBroken(Action action, string messagePart)
    {
        var ex = Should.Throw<DomainException>(action);
        ex.Kind.ShouldBe(ErrorKind.RuleBroken);
        ex.Message.ShouldContain(messagePart, Case.Insensitive);
        return ex;
    }

    public static DomainException ShouldBeInvalid(Action action, string messagePart)
    {
        var ex = Should.Throw<DomainException>(action);
        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        ex.Message.ShouldContain(messagePart, Case.Insensitive);
        return ex;
    }
}

/// <summary>
/// A modification driven through the real process. Each step is dated the day after the last event
/// unless a date is given, so histories stay in order.
/// </summary>
internal sealed class Scenario
{
    private Scenario(ModificationProcess process, Modification modification)
    {
        Process = process;
        M = modification;
    }

    public ModificationProcess Process { get; }

    public Modification M { get; }

    public ModificationState State => M.State;

    public LocalDate Next => M.LastEventOn.PlusDays(1);

    public static Scenario Draft(LocalDate? on = null, bool raisedByPanel = false, CodeRules? rules = null, string id = "DP105")
    {
        var process = TestDomain.NewProcess(rules);
        var m = process.Create(ModificationId.Parse(id),
            new DraftProposalRaised("Retry SR 11.3", "Jane Proposer", "Utility Ltd", "A problem", Classification.White, raisedByPanel),
            on ?? TestDomain.D(2020, 1, 2), TestDomain.As(raisedByPanel ? ActorRole.Panel : ActorRole.Proposer));
        return new Scenario(process, m);
    }

    public static Scenario FromHistory(ModificationState state, LocalDate? on = null, ModificationPath path = ModificationPath.SelfGovernance)
    {
        var process = TestDomain.NewProcess();
        var m = process.Create(ModificationId.Parse("SECMP0007"),
            new HistoryBaselined("Legacy change", state, "Change Status Report July 2020", path),
            on ?? TestDomain.D(2020, 7, 7), TestDomain.As(ActorRole.Secas));
        return new Scenario(process, m);
    }

    public Scenario Take(ModificationChange change, ActorRole role, LocalDate? on = null, string? reason = null)
    {
        Process.Take(M, change, on ?? Next, TestDomain.As(role), reason);
        return this;
    }

    public DomainException Refused(ModificationChange change, ActorRole role, string messagePart, LocalDate? on = null, string? reason = null)
    {
        var version = M.Version;
        var ex = TestDomain.ShouldBeBroken(() => Process.Take(M, change, on ?? Next, TestDomain.As(role), reason), messagePart);
        M.Version.ShouldBe(version, "a refused step must record nothing");
        return ex;
    }

    // Building blocks, each a real step.
    public Scenario ReadyToConvert(ModificationRoute route = ModificationRoute.RefinementProcess) =>
        Take(new CscOutcomeRecorded(CscOutcome.ReadyToConvert, route), ActorRole.ChangeSubCommittee);

    public Scenario Convert(ModificationPath path = ModificationPath.SelfGovernance, ModificationRoute route = ModificationRoute.RefinementProcess,
        bool fastTrack = false) =>
        Take(new ConvertedToModificationProposal(path, route, fastTrack), ActorRole.Panel);

    public Scenario ToReportPhase() => Take(new RouteChanged(ModificationRoute.ReportPhase), ActorRole.Panel);

    public Scenario ApproveReport() => Take(new ModificationReportApproved(), ActorRole.ChangeSubCommittee);

    public Scenario OpenConsultation(ConsultationKind kind) => Take(new ConsultationOpened(kind, Next.PlusDays(14)), ActorRole.Secas);

    public Scenario CloseConsultation(ConsultationKind kind) => Take(new ConsultationClosed(kind), ActorRole.Secas);

    /// <summary>Report approved and its Modification Report Consultation opened and closed.</summary>
    public Scenario ReadyToVote() =>
        ApproveReport().OpenConsultation(ConsultationKind.ModificationReport).CloseConsultation(ConsultationKind.ModificationReport);

    public Scenario Vote(DecisionOutcome outcome, LocalDate? on = null) =>
        Take(new DecisionRecorded(DecidingBody.ChangeBoard, outcome), ActorRole.ChangeBoard, on);

    public Scenario RequestPa(string id = "PA1") => Take(new AssessmentRequested(id, AssessmentKind.Preliminary, 15), ActorRole.Secas);

    public Scenario Accept(string id = "PA1") => Take(new AssessmentAccepted(id), ActorRole.Dcc);

    /// <summary>A Draft Proposal taken to the given state by real steps (Path 3 unless the state needs Path 2).</summary>
    public static Scenario In(ModificationState state) => state switch
    {
        ModificationState.Development => Draft(),
        ModificationState.AwaitingConversion => Draft().ReadyToConvert(),
        ModificationState.Refinement => Draft().ReadyToConvert().Convert(),
        ModificationState.ReportPhase => In(ModificationState.Refinement).ToReportPhase(),
        ModificationState.AwaitingAuthorityDecision =>
            Draft().ReadyToConvert(ModificationRoute.ReportPhase)
                .Convert(ModificationPath.AuthorityDetermination, ModificationRoute.ReportPhase)
                .ReadyToVote().Vote(DecisionOutcome.Approve),
        ModificationState.Approved => In(ModificationState.ReportPhase).ReadyToVote().Vote(DecisionOutcome.Approve),
        ModificationState.Rejected => In(ModificationState.ReportPhase).ReadyToVote().Vote(DecisionOutcome.Reject),
        ModificationState.ReferredToPanel => In(ModificationState.Approved).Take(new DecisionChallenged(DecidingBody.Panel, "Party X"), ActorRole.Party),
        ModificationState.UnderAppeal => In(ModificationState.Approved).Take(new DecisionChallenged(DecidingBody.Authority, "Party X"), ActorRole.Party),
        ModificationState.Withdrawn => Draft().Take(new Withdrawn(), ActorRole.Proposer, reason: "No longer needed"),
        ModificationState.Implemented => In(ModificationState.Approved)
            .Take(new ReleaseApproved("2020-11"), ActorRole.Panel)
            .Take(new ReleaseImplemented("2020-11"), ActorRole.Dcc),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static readonly ModificationState[] AllStates =
        Enum.GetValues<ModificationState>().Where(s => s != ModificationState.None).ToArray();
}
