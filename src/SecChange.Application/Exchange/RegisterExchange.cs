using SecChange.Application.Calendar;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Application.Exchange;

/// <summary>What an import should do beyond adding what is new.</summary>
/// <param name="DryRun">Run every check of the real import against the register, then roll it back.</param>
/// <param name="Replace">Overwrite parties, people, releases, calendar overrides and Change Board members that differ.</param>
public sealed record ImportOptions(bool DryRun = false, bool Replace = false);

/// <summary>What an import added (or, in a dry run, would add).</summary>
public sealed record ImportSummary(int Modifications, int Events, int Parties, int People, int Releases, int ChangeBoardMembers, bool Written);

/// <summary>
/// The whole register as one document: export from one consistent snapshot, and import in one
/// transaction that refuses to overwrite anything silently. A dry run is the same import rolled back.
/// </summary>
public sealed class RegisterExchange(RegisterCore core)
{
    /// <summary>Reads everything from one snapshot, so a change committed meanwhile is either wholly in the file or not at all.</summary>
    public Task<RegisterDocument> ExportAsync(CancellationToken ct = default) => ExportAsync(_ => true, ct);

    /// <summary>The same export holding only the modifications <paramref name="include"/> accepts (a viewer's share of the register).</summary>
    internal async Task<RegisterDocument> ExportAsync(Func<Modification, bool> include, CancellationToken ct)
    {
        await using var session = await core.Store.BeginSnapshotAsync(ct);
        var modifications = (await session.LoadAllAsync(ct)).Where(include);
        return new RegisterDocument
        {
            ExportedAt = core.Clock.GetCurrentInstant(),
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

    /// <summary>Imports a document, adding what is new; returns how many modifications it imported.</summary>
    public async Task<int> ImportAsync(RegisterDocument document, Actor by, CancellationToken ct = default) =>
        (await ImportAsync(document, by, new ImportOptions(), ct)).Modifications;

    /// <summary>
    /// Imports a register document in one transaction. Every modification's history is replayed through
    /// the process, so a file that breaks a rule is refused whole with the event that broke it named.
    /// Anything the file holds twice, and any modification, meeting or action already in the register,
    /// is refused; a party, person, release, calendar override or Change Board member already in the
    /// register with other details is a conflict unless <see cref="ImportOptions.Replace"/> is given.
    /// A dry run takes exactly the same path and rolls back instead of committing.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(RegisterDocument document, Actor by, ImportOptions options, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        var merge = new ImportMerge(options.Replace);
        var parties = await merge.AddAsync("party", document.Parties, p => p.Name, await session.PartiesAsync(ct), p => session.SavePartyAsync(p, ct));
        var people = await merge.AddAsync("person", document.People, p => $"{p.Name} ({p.Organisation})", await session.PeopleAsync(ct),
            p => session.SavePersonAsync(p, ct));
        foreach (var release in document.Releases) core.Rules.CheckRelease(release);
        var releaseCount = await merge.AddAsync("release", document.Releases, r => r.Id, await session.ReleasesAsync(ct), r => session.SaveReleaseAsync(r, ct));

        // Imported bank-holiday years go in before the overrides in those years.
        await ImportedBankHolidays.SaveAsync(session, core.ShippedCalendar, document.BankHolidays, "The register file's bankHolidays", dryRun: false, ct);
        await merge.AddAsync("calendar override", document.CalendarOverrides, o => o.Date.ToString("uuuu-MM-dd", null),
            await session.CalendarOverridesAsync(ct), o => session.SaveCalendarOverrideAsync(o, ct));
        var members = await merge.AddAsync("Change Board member",
            document.ChangeBoardMembers.Select(m => ChangeBoardSeats.Check(m, document.ChangeBoardMembers)).ToList(),
            m => m.Name, await session.ChangeBoardMembersAsync(ct), m => session.SaveChangeBoardMemberAsync(m, ct));

        var releases = (await session.ReleasesAsync(ct)).Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inFile = document.Modifications.Select(h => h.Id).ToList();
        if (inFile.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw DomainException.Invalid($"The file holds {twice.Key} more than once; nothing was imported.");
        }

        var process = await core.ProcessAsync(session, ct);
        foreach (var history in document.Modifications)
        {
            if (await session.FindAsync(history.Id, ct) is { } existing)
            {
                throw DomainException.Broken($"{existing.Reference} is already in the register; nothing was imported.");
            }

            await session.AppendAsync(RegisterReplay.Replay(process, history, releases, inFile), 0, ct);
        }

        await MeetingImport.ImportAsync(session, document, ct);

        var summary = new ImportSummary(document.Modifications.Count, document.Modifications.Sum(h => h.Events.Count), parties, people, releaseCount,
            members, Written: !options.DryRun);
        await core.AuditAsync(session, by, "import", "register",
            $"{summary.Modifications} modifications, {summary.Parties} parties, {summary.Releases} releases{(options.Replace ? " (replacing)" : "")}", ct);
        if (!options.DryRun)
        {
            await session.CommitAsync(ct);
        }

        return summary;
    }
}
