using SecChange.Domain.Errors;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;

namespace SecChange.Application.Register;

/// <summary>
/// Replays a register document's histories through the process, exactly as an import does, so that a
/// file can be checked without a store (import --dry-run, and the sample register's own tests).
/// </summary>
public static class RegisterReplay
{
    /// <summary>Replays every history in the document; the first broken rule is reported with its event.</summary>
    public static IReadOnlyList<Modification> ReplayAll(RegisterDocument document, ModificationProcess process)
    {
        var releases = document.Releases.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = document.Modifications.Select(h => h.Id).ToList();
        return document.Modifications.Select(h => Replay(process, h, releases, ids)).ToList();
    }

    public static Modification Replay(ModificationProcess process, ModificationHistory history, IReadOnlySet<string> releases,
        IReadOnlyCollection<ModificationId> inFile)
    {
        if (history.Events.Count == 0)
        {
            throw DomainException.Invalid($"{history.Id} has no events.");
        }

        Modification? modification = null;
        for (var i = 0; i < history.Events.Count; i++)
        {
            var e = history.Events[i];
            try
            {
                if (e.Change is AlternativeRaised alt && !inFile.Contains(alt.Parent))
                {
                    throw DomainException.Invalid($"its parent {alt.Parent} is not in the file.");
                }

                if (ReleaseOf(e.Change) is { } release && !releases.Contains(release))
                {
                    throw DomainException.NotFound($"release '{release}' is not defined.");
                }

                if (modification is null)
                {
                    modification = process.Create(history.Id, e.Change, e.On, e.By, e.Reason, e.RecordedAt);
                }
                else
                {
                    process.Take(modification, e.Change, e.On, e.By, e.Reason, e.RecordedAt);
                }
            }
            catch (DomainException ex)
            {
                throw new DomainException(ex.Kind,
                    $"{history.Id} event {i + 1} ({e.On:uuuu-MM-dd} {e.Change.GetType().Name}): {ex.Message} Nothing was imported.");
            }
        }

        return modification!;
    }


    internal static string? ReleaseOf(ModificationChange change) => change switch
    {
        ReleaseTargeted t => t.ReleaseId,
        ReleaseApproved a => a.ReleaseId,
        ReleaseImplemented i => i.ReleaseId,
        _ => null,
    };
}
