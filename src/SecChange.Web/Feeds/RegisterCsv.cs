using System.Text;

namespace SecChange.Web.Feeds;

/// <summary>The register rows as RFC 4180 CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the text right).</summary>
public static class RegisterCsv
{
    public static byte[] Write(IReadOnlyList<DownloadRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, DownloadRow.Headings);
        foreach (var row in rows)
        {
            Line(csv, row.Texts);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    private static string Field(string text)
    {
        // A cell a spreadsheet would run as a formula is written as text (CSV injection).
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0])) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
