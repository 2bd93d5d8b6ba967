using System.IO.Compression;
using NodaTime;

namespace SecChange.Documents.Rendering;

/// <summary>
/// Re-writes a zip package (a .docx) with every entry dated <paramref name="stamp"/> instead of the moment it was
/// written, keeping entry order and content: the same document then gives the same bytes whenever it is made.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(byte[] package, Instant stamp)
    {
        var date = stamp.ToDateTimeOffset();
        if (date < Earliest) date = Earliest;
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = date;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
