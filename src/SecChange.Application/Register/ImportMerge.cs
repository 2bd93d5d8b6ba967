using SecChange.Domain.Errors;

namespace SecChange.Application.Register;

/// <summary>
/// Adds a document's reference records (parties, releases, ...) to the register's: the same record
/// twice in the file is refused, one already in the register with the same details is left alone, and
/// one with other details is a conflict unless replacing was asked for.
/// </summary>
internal sealed class ImportMerge(bool replace)
{
    /// <returns>How many records were written.</returns>
    public async Task<int> AddAsync<T>(string what, IReadOnlyList<T> incoming, Func<T, string> key, IReadOnlyList<T> existing, Func<T, Task> save)
        where T : notnull
    {
        if (incoming.GroupBy(key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw DomainException.Invalid($"The file holds {what} {twice.Key} more than once; nothing was imported.");
        }

        var known = existing.ToDictionary(key, StringComparer.Ordinal);
        var written = 0;
        foreach (var item in incoming)
        {
            if (known.TryGetValue(key(item), out var old))
            {
                if (old.Equals(item)) continue;
                if (!replace)
                {
                    throw DomainException.Conflict(
                        $"The {what} {key(item)} is already in the register with other details; nothing was imported. Import again, replacing existing entries, to overwrite it.");
                }
            }

            await save(item);
            written++;
        }

        return written;
    }
}
