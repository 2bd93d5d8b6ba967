using System.Text.Json;
using NodaTime;
using SecChange.Application.Calendar;
using SecChange.Application.Json;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Parties;
using SecChange.Domain.Process;
using SecChange.Domain.Consultations;
using SecChange.Domain.Releases;
using SecChange.Domain.Voting;

namespace SecChange.Application.Register;

/// <summary>
/// The register's use cases. Each public method that changes anything is one transaction: it loads what
/// it needs, lets the domain decide, appends the resulting events with an audit entry, and commits;
/// on any error nothing is written.
/// </summary>
public sealed class RegisterService(IRegisterStore store, WorkingDayCalendar baseCalendar, CodeRules rules, IClock clock)
{
    public CodeRules Rules { get; } = rules;

    public IClock Clock { get; } = clock;

    /// <summary>Raises a Draft Proposal; the number is the next free one unless given (for history).</summary>
    public async Task<Modification> RaiseDraftProposalAsync(DraftProposalRaised raised, LocalDate on, Actor by,
        int? number = null, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        var id = new ModificationId(NumberSeries.Current, number ?? await session.MaxNumberAsync(NumberSeries.Current, ct) + 1);
        if (await session.FindAsync(id, ct) is { } existing)
        {
            throw DomainException.Broken($"{existing.Reference} already exists ('{existing.Title}'); choose another number.");
        }

        var process = await ProcessAsync(session, ct);
        var modification = process.Create(id, raised, on, by);
        await session.AppendAsync(modification, 0, ct);
        await AuditAsync(session, by, "raise", modification, raised.Describe(), ct);
        await session.CommitAsync(ct);
        return modification;
    }

    /// <summary>Raises an alternative solution (e.g. MP102A) as its own record linked to its parent.</summary>
    public async Task<Modification> RaiseAlternativeAsync(string parentReference, char? letter, string title, LocalDate on, Actor by,
        CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        var parent = await RequireAsync(session, parentReference, ct);
        var used = parent.Alternatives.Select(a => a.Alternative!.Value).ToHashSet();
        var chosen = letter is { } l ? char.ToUpperInvariant(l) : Enumerable.Range('A', 26).Select(c => (char)c).First(c => !used.Contains(c));
        var id = parent.Id with { Alternative = chosen };
        if (await session.FindAsync(id, ct) is not null)
        {
            throw DomainException.Broken($"{id} already exists.");
        }

        var process = await ProcessAsync(session, ct);
        var parentVersion = parent.Version;
        process.Take(parent, new AlternativeLinked(id), on, by);
        var alternative = process.Create(id, new AlternativeRaised(parent.Id, title, by.Name, by.Organisation, parent.Path, parent.Route), on, by);

        await session.AppendAsync(parent, parentVersion, ct);
        await session.AppendAsync(alternative, 0, ct);
        await AuditAsync(session, by, "alternative", alternative, $"Alternative to {parent.Reference}", ct);
        await session.CommitAsync(ct);
        return alternative;
    }

    /// <summary>Takes one process step on a modification.</summary>
    /// <param name="ifVersion">When given, the step is refused if the modification changed since that version.</param>
    public Task<Modification> TakeStepAsync(string reference, ModificationChange change, LocalDate on, Actor by,
        string? reason = null, int? ifVersion = null, CancellationToken ct = default) =>
        TakeStepsAsync(reference, [change], on, by, reason, ifVersion, ct);

    /// <summary>Takes several steps on one modification (e.g. a vote and the release approval) in one transaction.</summary>
    public Task<Modification> TakeStepsAsync(string reference, IReadOnlyList<ModificationChange> changes, LocalDate on, Actor by,
        string? reason = null, int? ifVersion = null, CancellationToken ct = default) =>
        TakeStepsAsync(reference, _ => changes, on, by, reason, ifVersion, ct);

    /// <summary>Takes steps worked out from the modification as it is inside the transaction (e.g. the next assessment id).</summary>
    public async Task<Modification> TakeStepsAsync(string reference, Func<Modification, IReadOnlyList<ModificationChange>> changesFor,
        LocalDate on, Actor by, string? reason = null, int? ifVersion = null, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        var modification = await RequireAsync(session, reference, ct);
        if (ifVersion is { } expected && expected != modification.Version)
        {
            throw DomainException.Conflict(
                $"{modification.Reference} has changed since version {expected} (it is now at version {modification.Version}); review it and try again.");
        }

        var version = modification.Version;
        var process = await ProcessAsync(session, ct);
        foreach (var change in changesFor(modification))
        {
            await RequireReleaseAsync(session, change, ct);
            var e = process.Take(modification, change, on, by, reason);
            await AuditAsync(session, by, TransitionTable.StepFor(change).Name, modification, e.Change.Describe(), ct);
        }

        await session.AppendAsync(modification, version, ct);
        await session.CommitAsync(ct);
        return modification;
    }

    /// <summary>Records implementation of every modification approved for a release, all or nothing.</summary>
    public async Task<IReadOnlyList<Modification>> ImplementReleaseAsync(string releaseId, LocalDate on, Actor by, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        var release = await RequireReleaseAsync(session, releaseId, ct);
        var process = await ProcessAsync(session, ct);
        var done = new List<Modification>();
        foreach (var m in await session.LoadAllAsync(ct))
        {
            foreach (var entry in m.Releases.Where(r => r.ReleaseId == release.Id && r.Status == ReleaseStatus.Approved).ToList())
            {
                var version = m.Version;
                process.Take(m, new ReleaseImplemented(release.Id, entry.Part), on, by);
                await session.AppendAsync(m, version, ct);
                done.Add(m);
            }
        }

        if (done.Count == 0)
        {
            throw DomainException.Broken($"No modification is approved for release {release.Id}; nothing to implement.");
        }

        await session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), "release implement", release.Id,
            $"Implemented {string.Join(", ", done.Select(m => m.Reference))}"), ct);
        await session.CommitAsync(ct);
        return done;
    }

    public async Task<Modification> GetAsync(string reference, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await RequireAsync(session, reference, ct);
    }

    public async Task<IReadOnlyList<ModificationSummary>> ListAsync(RegisterFilter filter, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await session.ListAsync(filter, ct);
    }

    public async Task<IReadOnlyList<Modification>> LoadAllAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await session.LoadAllAsync(ct);
    }

    /// <summary>The audit trail, or the entries about one target; a modification's include those from its Draft Proposal days.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string? target, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        if (target is null)
        {
            return await session.AuditTrailAsync(null, ct);
        }

        var entries = new List<AuditEntry>();
        foreach (var t in AuditTargets.For(target))
        {
            entries.AddRange(await session.AuditTrailAsync(t, ct));
        }

        return entries.OrderBy(e => e.At).ToList();
    }

    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await CalendarAsync(session, ct);
    }

    public async Task AddCalendarOverrideAsync(CalendarOverride calendarOverride, Actor by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(calendarOverride.Reason))
        {
            throw DomainException.Invalid("A calendar override needs a reason.");
        }

        await using var session = await store.BeginAsync(false, ct);
        (await CalendarAsync(session, ct)).WithOverrides([calendarOverride]); // refuses dates outside the data
        await session.SaveCalendarOverrideAsync(calendarOverride, ct);
        await session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), "calendar override",
            calendarOverride.Date.ToString("uuuu-MM-dd", null),
            $"{(calendarOverride.IsWorkingDay ? "Working day" : "Non-working day")}: {calendarOverride.Reason}"), ct);
        await session.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await session.PartiesAsync(ct);
    }

    public async Task SavePartyAsync(Party party, Actor by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(party.Name) || party.Category == PartyCategory.None)
        {
            throw DomainException.Invalid("A party needs a name and a category.");
        }

        await using var session = await store.BeginAsync(false, ct);
        await session.SavePartyAsync(party, ct);
        await session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), "party save", party.Name, party.Category.ToString()), ct);
        await session.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await session.PeopleAsync(ct);
    }

    public async Task SavePersonAsync(Person person, Actor by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(person.Name) || string.IsNullOrWhiteSpace(person.Organisation))
        {
            throw DomainException.Invalid("A person needs a name and an organisation.");
        }

        await using var session = await store.BeginAsync(false, ct);
        await session.SavePersonAsync(person, ct);
        await session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), "person save", person.Name,
            $"{person.Organisation}{(person.Role is null ? "" : ", " + person.Role)}"), ct);
        await session.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<ChangeBoardMember>> ChangeBoardMembersAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await session.ChangeBoardMembersAsync(ct);
    }

    /// <summary>Adds or updates a Change Board member; an alternate takes the Voting Group of the member they stand in for.</summary>
    public async Task<ChangeBoardMember> SaveChangeBoardMemberAsync(ChangeBoardMember member, Actor by, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        var members = await session.ChangeBoardMembersAsync(ct);
        var saved = CheckMember(member, members);
        await session.SaveChangeBoardMemberAsync(saved, ct);
        await session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), "board member", saved.Name,
            $"{saved.Group}{(saved.AlternateFor is null ? "" : $", alternate for {saved.AlternateFor}")}"), ct);
        await session.CommitAsync(ct);
        return saved;
    }

    /// <summary>Records a Change Board member's vote; the voter must be a member or an alternate of one.</summary>
    public async Task<Modification> CastVoteAsync(string reference, string voter, VotePosition position, string? rationale,
        IReadOnlyList<SecObjective>? objectives, LocalDate on, Actor by, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        var member = (await session.ChangeBoardMembersAsync(ct)).FirstOrDefault(m => string.Equals(m.Name, voter.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw DomainException.NotFound($"{voter} is not a Change Board member or alternate; see 'board list'.");
        if (position == VotePosition.None)
        {
            throw DomainException.Invalid("A vote is approve, reject or abstain.");
        }

        var modification = await RequireAsync(session, reference, ct);
        var version = modification.Version;
        var process = await ProcessAsync(session, ct);
        var e = process.Take(modification, new ChangeBoardVoteCast(member.Seat, member.Name, member.Group, position, rationale, objectives), on, by);
        await session.AppendAsync(modification, version, ct);
        await AuditAsync(session, by, "ballot cast", modification, e.Change.Describe(), ct);
        await session.CommitAsync(ct);
        return modification;
    }

    /// <summary>Records a consultation response; the respondent's category comes from the party register unless given.</summary>
    public async Task<Modification> RecordResponseAsync(string reference, ConsultationKind kind, string respondent, PartyCategory? category,
        IReadOnlyList<ConsultationAnswer> answers, string? expectedCosts, bool confidential, bool late, LocalDate on, Actor by,
        CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        var known = (await session.PartiesAsync(ct)).FirstOrDefault(p => string.Equals(p.Name, respondent.Trim(), StringComparison.OrdinalIgnoreCase));
        var resolved = category ?? known?.Category
            ?? throw DomainException.Invalid($"{respondent} is not in the party register; give its category with --category.");
        var modification = await RequireAsync(session, reference, ct);
        var version = modification.Version;
        var process = await ProcessAsync(session, ct);
        var e = process.Take(modification, new ConsultationResponseReceived(kind, known?.Name ?? respondent.Trim(), resolved, answers,
            expectedCosts, confidential, late), on, by);
        await session.AppendAsync(modification, version, ct);
        await AuditAsync(session, by, "consultation respond", modification, e.Change.Describe(), ct);
        await session.CommitAsync(ct);
        return modification;
    }

    private static ChangeBoardMember CheckMember(ChangeBoardMember member, IReadOnlyList<ChangeBoardMember> members)
    {
        if (string.IsNullOrWhiteSpace(member.Name) || string.IsNullOrWhiteSpace(member.Organisation))
        {
            throw DomainException.Invalid("A Change Board member needs a name and an organisation.");
        }

        if (member.AlternateFor is null)
        {
            return member.Group == VotingGroup.None
                ? throw DomainException.Invalid($"{member.Name} needs a Voting Group (DCC and the chair do not vote).")
                : member;
        }

        var seat = members.FirstOrDefault(m => m.AlternateFor is null && string.Equals(m.Name, member.AlternateFor, StringComparison.OrdinalIgnoreCase))
            ?? throw DomainException.NotFound($"{member.AlternateFor} is not a Change Board member, so {member.Name} cannot be their alternate.");
        return member with { Group = seat.Group, AlternateFor = seat.Name };
    }

    public async Task<IReadOnlyList<Release>> ReleasesAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        return await session.ReleasesAsync(ct);
    }

    public async Task SaveReleaseAsync(Release release, Actor by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(release.Id) || string.IsNullOrWhiteSpace(release.Name) || release.Kind == ReleaseKind.None)
        {
            throw DomainException.Invalid("A release needs an id, a name and a kind (scheduled or standalone).");
        }

        Rules.CheckRelease(release);

        await using var session = await store.BeginAsync(false, ct);
        await session.SaveReleaseAsync(release, ct);
        await session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), "release save", release.Id,
            $"{release.Name} on {release.Date:uuuu-MM-dd}"), ct);
        await session.CommitAsync(ct);
    }

    /// <summary>The release an approval on <paramref name="decisionOn"/> would target (seed 004's rule).</summary>
    public async Task<Release?> TargetReleaseAsync(LocalDate decisionOn, int? leadTimeMonths, bool dccSystemImpact, bool duisImpact,
        CancellationToken ct = default) =>
        ImplementationDateRule.TargetRelease(decisionOn, leadTimeMonths ?? Rules.DefaultLeadTimeMonths, dccSystemImpact, duisImpact,
            await ReleasesAsync(ct));

    public async Task<RegisterDocument> ExportAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(readOnly: true, ct);
        var modifications = await session.LoadAllAsync(ct);
        return new RegisterDocument
        {
            ExportedAt = Clock.GetCurrentInstant(),
            Parties = await session.PartiesAsync(ct),
            People = await session.PeopleAsync(ct),
            Releases = await session.ReleasesAsync(ct),
            CalendarOverrides = await session.CalendarOverridesAsync(ct),
            BankHolidays = await session.ImportedBankHolidaysAsync(ct),
            ChangeBoardMembers = await session.ChangeBoardMembersAsync(ct),
            Modifications = modifications.OrderBy(m => m.Id).Select(m => new ModificationHistory(m.Id,
                m.Events.Select(e => new HistoryEvent(e.OccurredOn, e.By, e.Change, e.Reason, e.RecordedAt)).ToList())).ToList(),
            Meetings = (await session.MeetingsAsync(ct)).Select(m => m.Value).ToList(),
            Actions = (await session.ActionsAsync(ct)).Select(a => a.Value).ToList(),
        };
    }

    /// <summary>Parses a register document, with a one-line error for anything malformed.</summary>
    public static RegisterDocument ParseDocument(string json) => RegisterDocumentReader.Parse(json);

    /// <summary>
    /// Imports a register document in one transaction. Every modification's history is replayed through
    /// the process, so a file that breaks a rule is refused whole with the event that broke it named.
    /// </summary>
    public async Task<int> ImportAsync(RegisterDocument document, Actor by, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(false, ct);
        foreach (var party in document.Parties) await session.SavePartyAsync(party, ct);
        foreach (var person in document.People) await session.SavePersonAsync(person, ct);
        foreach (var release in document.Releases)
        {
            Rules.CheckRelease(release);
            await session.SaveReleaseAsync(release, ct);
        }

        await ImportedBankHolidays.SaveAsync(session, baseCalendar, document.BankHolidays, "The register file's bankHolidays", dryRun: false, ct); // before overrides in those years
        foreach (var o in document.CalendarOverrides) await session.SaveCalendarOverrideAsync(o, ct);
        foreach (var member in document.ChangeBoardMembers)
        {
            await session.SaveChangeBoardMemberAsync(CheckMember(member, document.ChangeBoardMembers), ct);
        }

        var releases = (await session.ReleasesAsync(ct)).Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inFile = document.Modifications.Select(h => h.Id).ToList();
        var duplicate = inFile.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw DomainException.Invalid($"The file holds {duplicate.Key} more than once.");
        }

        var process = await ProcessAsync(session, ct);
        foreach (var history in document.Modifications)
        {
            if (await session.FindAsync(history.Id, ct) is { } existing)
            {
                throw DomainException.Broken($"{existing.Reference} is already in the register; nothing was imported.");
            }

            var modification = RegisterReplay.Replay(process, history, releases, inFile);
            await session.AppendAsync(modification, 0, ct);
        }

        await MeetingImport.ImportAsync(session, document, ct);

        await session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), "import", "register",
            $"{document.Modifications.Count} modifications, {document.Parties.Count} parties, {document.Releases.Count} releases"), ct);
        await session.CommitAsync(ct);
        return document.Modifications.Count;
    }

    private async Task<ModificationProcess> ProcessAsync(IRegisterSession session, CancellationToken ct) =>
        new(Rules, await CalendarAsync(session, ct), Clock);

    private Task<WorkingDayCalendar> CalendarAsync(IRegisterSession session, CancellationToken ct) => session.CalendarAsync(baseCalendar, ct);

    private static async Task<Modification> RequireAsync(IRegisterSession session, string reference, CancellationToken ct)
    {
        var id = ModificationId.Parse(reference);
        return await session.FindAsync(id, ct)
            ?? throw DomainException.NotFound($"There is no modification {reference.Trim().ToUpperInvariant()} in the register.");
    }

    private static async Task RequireReleaseAsync(IRegisterSession session, ModificationChange change, CancellationToken ct)
    {
        if (RegisterReplay.ReleaseOf(change) is { } releaseId)
        {
            await RequireReleaseAsync(session, releaseId, ct);
        }
    }

    private static async Task<Release> RequireReleaseAsync(IRegisterSession session, string releaseId, CancellationToken ct) =>
        (await session.ReleasesAsync(ct)).FirstOrDefault(r => string.Equals(r.Id, releaseId, StringComparison.OrdinalIgnoreCase))
        ?? throw DomainException.NotFound($"There is no release '{releaseId}'; see 'release list'.");


    private Task AuditAsync(IRegisterSession session, Actor by, string command, Modification m, string details, CancellationToken ct) =>
        session.AuditAsync(new AuditEntry(Clock.GetCurrentInstant(), by.ToString(), command, m.Reference, details), ct);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
