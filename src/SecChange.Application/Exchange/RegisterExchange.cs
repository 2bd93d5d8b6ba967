using SecChange.Application.Calendar;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Voting;

namespace SecChange.Application.Exchange;

/// <summary>The whole register as one document: export, import (all or nothing) and the dry run that checks a file.</summary>
public sealed class RegisterExchange(RegisterCore core)
{
    public async Task<RegisterDocument> ExportAsync(CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var modifications = await session.LoadAllAsync(ct);
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

    /// <summary>
    /// Checks a document without writing: every history is replayed through the process with the
    /// calendar in force plus the file's overrides. Returns the modifications as they would be.
    /// </summary>
    public async Task<IReadOnlyList<Modification>> CheckAsync(RegisterDocument document, CancellationToken ct = default)
    {
        await using var session = await core.ReadAsync(ct);
        var calendar = (await core.CalendarAsync(session, ct)).WithYears(document.BankHolidays, document.CalendarOverrides);
        return RegisterReplay.ReplayAll(document, new ModificationProcess(core.Rules, calendar, core.Clock));
    }

    /// <summary>
    /// Imports a register document in one transaction. Every modification's history is replayed through
    /// the process, so a file that breaks a rule is refused whole with the event that broke it named.
    /// </summary>
    public async Task<int> ImportAsync(RegisterDocument document, Actor by, CancellationToken ct = default)
    {
        await using var session = await core.WriteAsync(ct);
        foreach (var party in document.Parties) await session.SavePartyAsync(party, ct);
        foreach (var person in document.People) await session.SavePersonAsync(person, ct);
        foreach (var release in document.Releases)
        {
            core.Rules.CheckRelease(release);
            await session.SaveReleaseAsync(release, ct);
        }

        await ImportedBankHolidays.SaveAsync(session, core.ShippedCalendar, document.BankHolidays, "The register file's bankHolidays", dryRun: false, ct); // before overrides in those years
        foreach (var o in document.CalendarOverrides) await session.SaveCalendarOverrideAsync(o, ct);
        foreach (var member in document.ChangeBoardMembers)
        {
            await session.SaveChangeBoardMemberAsync(ChangeBoardSeats.Check(member, document.ChangeBoardMembers), ct);
        }

        var releases = (await session.ReleasesAsync(ct)).Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inFile = document.Modifications.Select(h => h.Id).ToList();
        var duplicate = inFile.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw DomainException.Invalid($"The file holds {duplicate.Key} more than once.");
        }

        var process = await core.ProcessAsync(session, ct);
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

        await core.AuditAsync(session, by, "import", "register",
            $"{document.Modifications.Count} modifications, {document.Parties.Count} parties, {document.Releases.Count} releases", ct);
        await session.CommitAsync(ct);
        return document.Modifications.Count;
    }
}
