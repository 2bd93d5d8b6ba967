using NodaTime;
using SecChange.Application.Reference;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Storage;

namespace SecChange.Benchmarks;

/// <summary>
/// Generates a register of <see cref="Modifications"/> modifications with exactly <see cref="EventsPerModification"/>
/// events each, taken through the real process (so every history is legal), and writes it through the real store
/// into a SQLite file. The file is cached by generator version, so the benchmark processes after the first reuse it.
/// </summary>
public static class RegisterGenerator
{
    public const int Modifications = 10_000;
    public const int EventsPerModification = 20;
    private const int Version = 1;
    private const int Seed = 20_261_122;

    private static readonly LocalDate Today = new(2026, 11, 1);
    private static readonly LocalDate LastDate = new(2026, 10, 30);

    private static readonly string[] Organisations =
    [
        "British Gas", "EDF Energy", "E.ON", "Octopus Energy", "OVO Energy", "ScottishPower", "SSE", "Utilita", "Utility Warehouse",
        "Bulb", "Good Energy", "Ecotricity", "So Energy", "Shell Energy", "Co-operative Energy", "DCC", "SECAS", "Citizens Advice",
        "UK Power Networks", "Western Power Distribution", "Northern Powergrid", "Electricity North West", "SP Energy Networks",
        "Cadent", "Northern Gas Networks", "Wales & West Utilities", "SGN", "SMS PLC", "Calisen", "Security Sub-Committee",
    ];

    private static readonly string[] Subjects =
    [
        "firmware", "tariff", "prepayment", "change of supplier", "meter exchange", "CoS party", "alert", "certificate", "DUIS",
        "communications hub", "SMETS1", "SMETS2", "load limiting", "ALCS", "HAN", "consumer access device", "anomaly detection",
        "service request", "threshold", "privacy", "key rotation", "dual fuel", "IHD", "PPMID", "GBCS", "SMKI", "DCC Gateway",
        "test environment", "half-hourly settlement", "network operator", "smart data", "registration data",
    ];

    private static readonly string[] Verbs =
    [
        "Amendments to", "Clarifying", "Improving", "Removing redundant", "Introducing new", "Aligning", "Changes to", "Simplifying",
        "Extending", "Correcting", "Reviewing", "Updating",
    ];

    private static readonly string[] Objects =
    [
        "obligations", "processing", "reporting", "requirements", "timescales", "notifications", "validation", "testing",
        "governance", "security controls", "document references", "definitions",
    ];

    private static readonly string[] Releases =
    [
        "2016-11", "2017-06", "2017-11", "2018-06", "2018-11", "2019-02", "2019-06", "2019-11", "2020-02", "2020-06", "2020-11",
        "2021-02", "2021-06", "2021-11", "2022-02", "2022-06", "2022-11", "2023-02", "2023-06", "2023-11", "2024-02", "2024-06",
        "2024-11", "2025-02", "2025-06", "2025-11", "2026-02", "2026-06", "2026-11", "2027-02",
    ];

    /// <summary>The register's SQLite file (generated on first use, then reused).</summary>
    public static string EnsureDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "secchange-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"register-{Modifications}x{EventsPerModification}-v{Version}.db");
        if (File.Exists(path))
        {
            // A file from an earlier run gets any schema versions added since.
            new EfRegisterStore(StorageOptions.SqliteFile(path)).MigrateAsync().GetAwaiter().GetResult();
            return path;
        }

        var building = path + $".{Environment.ProcessId}.tmp";
        WriteAsync(building, Generate()).GetAwaiter().GetResult();
        File.Move(building, path, overwrite: true);
        return path;
    }

    public static async Task WriteAsync(string path, IReadOnlyList<Modification> modifications)
    {
        var store = new EfRegisterStore(StorageOptions.SqliteFile(path));
        await store.MigrateAsync();
        const int PerTransaction = 2_000;
        for (var start = 0; start < modifications.Count; start += PerTransaction)
        {
            await using var session = await store.BeginAsync();
            foreach (var m in modifications.Skip(start).Take(PerTransaction))
            {
                await session.AppendAsync(m, 0);
            }

            await session.CommitAsync();
        }

        // Fold the write-ahead log into the file so that every read starts from the same place.
        using var connection = RawRegister.Open(store.Options.ConnectionString);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The modifications, each with exactly <see cref="EventsPerModification"/> events.</summary>
    public static IReadOnlyList<Modification> Generate()
    {
        var random = new Random(Seed);
        var process = new ModificationProcess(ReferenceData.Rules(), ReferenceData.EnglandAndWalesCalendar,
            new FixedClock(Today.AtMidnight().InUtc().ToInstant()));
        var result = new List<Modification>(Modifications);
        for (var i = 1; i <= Modifications; i++)
        {
            // A few hundred from the legacy SECMP series, the rest current.
            var id = i <= 300 ? new ModificationId(NumberSeries.Legacy, i) : new ModificationId(NumberSeries.Current, i);
            result.Add(new HistoryBuilder(process, random, id).Build());
        }

        return result;
    }

    private enum Ending
    {
        Development,
        AwaitingConversion,
        Refinement,
        ReportPhase,
        AwaitingAuthorityDecision,
        Approved,
        Implemented,
        Withdrawn,
        Rejected,
    }

    /// <summary>One modification's history: the steps its ending needs, padded with amendments and meetings to the fixed count.</summary>
    private sealed class HistoryBuilder(ModificationProcess process, Random random, ModificationId id)
    {
        private LocalDate _on;
        private Modification _m = null!;
        private readonly string _organisation = Pick(random, Organisations);

        public Modification Build()
        {
            var ending = PickEnding();
            var path = ending is Ending.AwaitingAuthorityDecision ? (random.Next(2) == 0 ? ModificationPath.AuthorityLed : ModificationPath.AuthorityDetermination)
                : ending is Ending.Rejected ? ModificationPath.SelfGovernance
                : ending is Ending.Approved or Ending.Implemented ? PickPath(selfGovernanceShare: 0.6)
                : PickPath(selfGovernanceShare: 0.5);
            var core = CoreSteps(ending, path);
            var fillers = EventsPerModification - 1 - core.Count;
            var steps = new List<Action?>(core);
            for (var f = 0; f < fillers; f++)
            {
                // Fillers go anywhere before the last core step (which may close the modification).
                steps.Insert(random.Next(Math.Max(1, steps.Count)), null);
            }

            _on = new LocalDate(2015, 1, 5).PlusDays(random.Next(0, 3_800)); // 2015 to mid-2025
            var title = $"{Pick(random, Verbs)} {Pick(random, Subjects)} {Pick(random, Objects)}";
            var proposer = new Actor($"Proposer {random.Next(1, 400)}", ActorRole.Proposer, _organisation);
            _m = process.Create(id, new DraftProposalRaised(title, proposer.Name, _organisation,
                $"The current {Pick(random, Subjects)} arrangements cause avoidable cost.", (Classification)random.Next(1, 5)),
                _on, proposer, recordedAt: RecordedAt());
            foreach (var step in steps)
            {
                Advance();
                (step ?? Filler)();
            }

            if (_m.Version != EventsPerModification)
            {
                throw new InvalidOperationException($"{id} has {_m.Version} events, not {EventsPerModification}.");
            }

            return _m;
        }

        private Ending PickEnding() => random.Next(100) switch
        {
            < 8 => Ending.Development,
            < 15 => Ending.AwaitingConversion,
            < 35 => Ending.Refinement,
            < 45 => Ending.ReportPhase,
            < 50 => Ending.AwaitingAuthorityDecision,
            < 60 => Ending.Approved,
            < 85 => Ending.Implemented,
            < 93 => Ending.Withdrawn,
            _ => Ending.Rejected,
        };

        private ModificationPath PickPath(double selfGovernanceShare) =>
            random.NextDouble() < selfGovernanceShare ? ModificationPath.SelfGovernance
            : random.Next(2) == 0 ? ModificationPath.AuthorityLed : ModificationPath.AuthorityDetermination;

        private List<Action?> CoreSteps(Ending ending, ModificationPath path)
        {
            var steps = new List<Action?>();
            if (ending == Ending.Development)
            {
                steps.Add(() => Take(new CscOutcomeRecorded(CscOutcome.FurtherDevelopmentRequired, Meeting: "CSC"), Role(ActorRole.ChangeSubCommittee)));
                return steps;
            }

            steps.Add(() => Take(new CscOutcomeRecorded(CscOutcome.ReadyToConvert, ModificationRoute.RefinementProcess, "CSC"), Role(ActorRole.ChangeSubCommittee)));
            if (ending == Ending.AwaitingConversion)
            {
                return steps;
            }

            steps.Add(() => Take(new ConvertedToModificationProposal(path, ModificationRoute.RefinementProcess), Role(ActorRole.Panel)));
            steps.Add(() => Take(new WorkingGroupMeetingHeld(WorkingGroupMeetingKind.Monthly, "First discussion"), Role(ActorRole.WorkingGroup)));
            var withdrawAt = ending == Ending.Withdrawn ? random.Next(2, 6) : -1;
            if (withdrawAt == 2) return Withdraw(steps);
            steps.Add(() => Take(new AssessmentRequested("PA1", AssessmentKind.Preliminary, 15), Role(ActorRole.Secas)));
            steps.Add(() => Take(new AssessmentAccepted("PA1"), Role(ActorRole.Dcc)));
            steps.Add(() => Take(new AssessmentReturned("PA1"), Role(ActorRole.Dcc)));
            if (withdrawAt == 3) return Withdraw(steps);
            steps.Add(() => Take(new ConsultationOpened(ConsultationKind.Refinement, _on.PlusDays(15)), Role(ActorRole.Secas)));
            steps.Add(() => Take(new ConsultationClosed(ConsultationKind.Refinement), Role(ActorRole.Secas)));
            if (ending == Ending.Refinement || withdrawAt == 4) return ending == Ending.Withdrawn ? Withdraw(steps) : steps;
            steps.Add(() => Take(new RouteChanged(ModificationRoute.ReportPhase), Role(ActorRole.Panel)));
            steps.Add(() => Take(new SecChange.Domain.Modifications.ModificationReportApproved(), Role(ActorRole.ChangeSubCommittee)));
            steps.Add(() => Take(new ConsultationOpened(ConsultationKind.ModificationReport, _on.PlusDays(15)), Role(ActorRole.Secas)));
            steps.Add(() => Take(new ConsultationClosed(ConsultationKind.ModificationReport), Role(ActorRole.Secas)));
            if (ending == Ending.ReportPhase || withdrawAt == 5) return ending == Ending.Withdrawn ? Withdraw(steps) : steps;
            var reject = ending == Ending.Rejected;
            steps.Add(() => Take(new DecisionRecorded(DecidingBody.ChangeBoard, reject ? DecisionOutcome.Reject : DecisionOutcome.Approve), Role(ActorRole.ChangeBoard)));
            if (ending is Ending.AwaitingAuthorityDecision or Ending.Rejected) return steps;
            if (path != ModificationPath.SelfGovernance)
            {
                steps.Add(() => Take(new DecisionRecorded(DecidingBody.Authority, DecisionOutcome.Approve), Role(ActorRole.Authority)));
            }

            var release = ReleaseAfter(2);
            steps.Add(() => Take(new ReleaseTargeted(release()), Role(ActorRole.Secas)));
            if (ending == Ending.Approved) return steps;
            steps.Add(() => Take(new ReleaseApproved(_m.Releases[^1].ReleaseId), Role(ActorRole.ChangeBoard)));
            steps.Add(() => Take(new ReleaseImplemented(_m.Releases[^1].ReleaseId), Role(ActorRole.Dcc)));
            return steps;
        }

        private List<Action?> Withdraw(List<Action?> steps)
        {
            steps.Add(() => Take(new Withdrawn(), new Actor("Proposer", ActorRole.Proposer, _organisation), "No longer needed by the Proposer."));
            return steps;
        }

        /// <summary>A release at least a few months after the current date.</summary>
        private Func<string> ReleaseAfter(int months) => () =>
        {
            var after = _on.PlusMonths(months);
            var key = $"{after.Year:D4}-{after.Month:D2}";
            var index = Array.FindIndex(Releases, r => string.CompareOrdinal(r, key) >= 0);
            return Releases[index < 0 ? ^1 : index];
        };

        private void Filler()
        {
            var state = _m.State;
            if (state is ModificationState.Refinement or ModificationState.ReportPhase && random.Next(10) < 4)
            {
                Take(new WorkingGroupMeetingHeld(random.Next(3) == 0 ? WorkingGroupMeetingKind.AdHoc : WorkingGroupMeetingKind.Monthly,
                    $"Discussed the {Pick(random, Subjects)} impact"), Role(ActorRole.WorkingGroup));
                return;
            }

            if (state.IsPreDecision() && random.Next(10) == 0)
            {
                Take(new ReleaseTargeted(ReleaseAfter(9)()), Role(ActorRole.Secas));
                return;
            }

            DetailsAmended amended = random.Next(6) switch
            {
                0 => new() { Solution = $"Amend the {Pick(random, Subjects)} {Pick(random, Objects)} in Section {(char)('A' + random.Next(26))}." },
                1 => new() { ProblemStatement = $"Parties report that {Pick(random, Subjects)} {Pick(random, Objects)} are unclear." },
                2 => new() { LeadAnalyst = $"Analyst {random.Next(1, 40)}" },
                3 => new() { Objectives = [(SecObjective)random.Next(1, 7)] },
                4 => new() { LeadTimeMonths = random.Next(3, 13) },
                _ => new() { AffectedDocuments = [$"Section {(char)('A' + random.Next(26))}", $"Appendix {(char)('A' + random.Next(26))}"] },
            };
            Take(amended, Role(ActorRole.Secas));
        }

        private void Advance()
        {
            _on = _on.PlusDays(random.Next(1, 25));
            if (_on > LastDate) _on = LastDate;
        }

        private Instant RecordedAt() => _on.At(new LocalTime(9, 0).PlusMinutes(random.Next(0, 540))).InUtc().ToInstant();

        private void Take(ModificationChange change, Actor by, string? reason = null) =>
            process.Take(_m, change, _on, by, reason, RecordedAt());

        private static Actor Role(ActorRole role) => new(role.ToString(), role, role == ActorRole.Dcc ? "DCC" : "SECAS");

        private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
    }
}
